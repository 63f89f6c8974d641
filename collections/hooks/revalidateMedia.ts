import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '../../lib/cache/revalidate'
import { CACHE_TAGS } from '../../lib/cache/tags'
import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS, GLOBAL_SLUGS } from '../slugs'

/**
 * The tags of the cached card pictures (lib/data/cardImages.ts) and of every portal page that can show an image:
 * which documents use a given one is not tracked, and media are edited seldom, so a change refreshes
 * all of them (in every locale, as publishing does).
 */
const TAGS_SHOWING_MEDIA = [
  CACHE_TAGS.collection(COLLECTION_SLUGS.media),
  ...CONTENT_COLLECTION_SLUGS.map(CACHE_TAGS.collection),
  ...Object.values(GLOBAL_SLUGS).map(CACHE_TAGS.global),
]

/** A changed description, focal point or file shows on the cached pages at once; a new upload is on none yet. */
export const revalidateMediaAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'update' && !req.context.disableRevalidate) await revalidateTags(TAGS_SHOWING_MEDIA)
  return doc
}

export const revalidateMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context.disableRevalidate) await revalidateTags(TAGS_SHOWING_MEDIA)
  return doc
}
