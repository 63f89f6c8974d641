import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '../../lib/cache/revalidate'
import { CACHE_TAGS } from '../../lib/cache/tags'

type Versioned = { id: number | string; _status?: 'draft' | 'published' | null }

/** Publishing or unpublishing refreshes every page that shows documents of its collection (lib/cache/tags.ts). */
export const revalidateContentAfterChange: CollectionAfterChangeHook<Versioned> = async ({ doc, previousDoc, collection, req }) => {
  if (req.context.disableRevalidate) return doc
  const isPublished = doc._status === 'published'
  const wasPublished = previousDoc?._status === 'published'
  if (isPublished || wasPublished) {
    await revalidateTags([CACHE_TAGS.collection(collection.slug)])
  }
  return doc
}

export const revalidateContentAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({ doc, collection, req }) => {
  if (req.context.disableRevalidate) return doc
  await revalidateTags([CACHE_TAGS.collection(collection.slug)])
  return doc
}
