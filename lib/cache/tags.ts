import type { FlattenedField, Payload } from 'payload'

import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug, GLOBAL_SLUGS } from '@/collections/slugs'

/**
 * Cache tags of the portal's data: staff publishing revalidates them, in every locale at once. A tag
 * names a collection, not a document: a list or a related block that shows a document must refresh
 * with it anyway, and a publish is rare next to the reads.
 */
export const CACHE_TAGS = {
  global: (slug: string) => `global:${slug}`,
  /** Every list, count, related-items block and document page that shows documents of the collection. */
  collection: (slug: string) => `collection:${slug}`,
} as const

/** Every tag the portal's cached data carries: what a change that may show anywhere (a picture, the seed) refreshes. */
export const EVERY_CACHE_TAG = [
  CACHE_TAGS.collection(COLLECTION_SLUGS.media),
  ...CONTENT_COLLECTION_SLUGS.map(CACHE_TAGS.collection),
  ...Object.values(GLOBAL_SLUGS).map(CACHE_TAGS.global),
]

/**
 * The tags of a document read with its relationships filled in: its collection's, and those of the
 * collections it shows through them (a project's page names its industry and area), read from the
 * collection's fields.
 */
export function documentTags(payload: Payload, collection: ContentCollectionSlug): string[] {
  const shown = new Set<string>([collection])
  const visit = (fields: FlattenedField[]) => {
    for (const field of fields) {
      if (field.type === 'relationship' || field.type === 'upload') for (const slug of [field.relationTo].flat()) shown.add(slug)
      if ('flattenedFields' in field) visit(field.flattenedFields)
      if (field.type === 'blocks') for (const block of field.blocks) visit(block.flattenedFields)
    }
  }
  visit(payload.collections[collection].config.flattenedFields)
  return [...shown].map(CACHE_TAGS.collection)
}
