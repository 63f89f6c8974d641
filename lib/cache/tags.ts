/** Cache tags of the portal's data: staff publishing revalidates them, in every locale at once. */
export const CACHE_TAGS = {
  global: (slug: string) => `global:${slug}`,
  /** Every list, count and related-items block that shows documents of the collection. */
  collection: (slug: string) => `collection:${slug}`,
  document: (slug: string, id: number | string) => `doc:${slug}:${id}`,
} as const

const TAG_PATTERN = /^(global|collection):[a-z-]+$|^doc:[a-z-]+:[0-9a-z-]+$/

export function isCacheTag(value: unknown): value is string {
  return typeof value === 'string' && TAG_PATTERN.test(value)
}
