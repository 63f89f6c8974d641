import type { GlobalAfterChangeHook } from 'payload'

import { revalidateTags } from '../../lib/cache/revalidate'
import { CACHE_TAGS } from '../../lib/cache/tags'

/** A published change to a global (site name, home figures) refreshes every page that shows it. */
export const revalidateGlobal: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (req.context.disableRevalidate) return doc
  if (doc._status === undefined || doc._status === 'published') await revalidateTags([CACHE_TAGS.global(global.slug)])
  return doc
}
