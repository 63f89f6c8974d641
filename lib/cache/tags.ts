/** Cache tags of the portal's data: staff publishing revalidates them, in every locale at once. */
export const CACHE_TAGS = {
  global: (slug: string) => `global:${slug}`,
} as const
