import type { GlobalAfterChangeHook } from 'payload'

import { CACHE_TAGS } from '../../lib/cache/tags'
import { revalidateTags } from '../../lib/cache/revalidate'

export const revalidateSite: GlobalAfterChangeHook = ({ doc, global }) => {
  revalidateTags([CACHE_TAGS.global(global.slug)])
  return doc
}
