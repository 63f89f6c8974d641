import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'

/** Cache tags of the portal's data: staff publishing revalidates them, in every locale at once. */
export const CACHE_TAGS = {
  global: (slug: string) => `global:${slug}`,
  /** Every list, count and related-items block that shows documents of the collection. */
  collection: (slug: string) => `collection:${slug}`,
  document: (slug: string, id: number | string) => `doc:${slug}:${id}`,
} as const

/** Every tag the portal's cached data carries: what a change that may show anywhere (a picture, the seed) refreshes. */
export const EVERY_CACHE_TAG = [
  CACHE_TAGS.collection(COLLECTION_SLUGS.media),
  ...CONTENT_COLLECTION_SLUGS.map(CACHE_TAGS.collection),
  ...Object.values(GLOBAL_SLUGS).map(CACHE_TAGS.global),
]
