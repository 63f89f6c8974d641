import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '../../lib/cache/revalidate'
import { EVERY_CACHE_TAG } from '../../lib/cache/tags'

/**
 * Every portal page can show an image, and the card pictures have a cache of their own
 * (lib/data/cardImages.ts): which documents use a given one is not tracked, and media are edited
 * seldom, so a change refreshes all of them (in every locale, as publishing does). A changed
 * description, focal point or file shows on the cached pages at once; a new upload is on none yet.
 */
export const revalidateMediaAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'update' && !req.context.disableRevalidate) await revalidateTags(EVERY_CACHE_TAG)
  return doc
}

export const revalidateMediaAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context.disableRevalidate) await revalidateTags(EVERY_CACHE_TAG)
  return doc
}
