import { unstable_cache } from 'next/cache'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type SlugOption = { id: number; slug: string; title: string }

/** Published industries or areas as filter choices: id, slug and title in the reader's locale. */
export function findSlugOptions(collection: typeof COLLECTION_SLUGS.industries | typeof COLLECTION_SLUGS.areas, locale: Locale) {
  return unstable_cache(
    async (): Promise<SlugOption[]> => {
      const payload = await getPortalPayload()
      const { docs } = await payload.find({
        collection,
        locale,
        fallbackLocale: DEFAULT_LOCALE,
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
        sort: collection === COLLECTION_SLUGS.industries ? 'order' : 'title',
        limit: 200,
        depth: 0,
        select: { slug: true, title: true },
      })
      return docs.map((doc) => ({ id: doc.id, slug: doc.slug ?? '', title: doc.title }))
    },
    ['slug-options', collection, locale],
    { tags: [CACHE_TAGS.collectionIn(collection, locale)] },
  )()
}
