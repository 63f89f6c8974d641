import { unstable_cache } from 'next/cache'

import { type ContentCollectionSlug, GLOBAL_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type PublishedPage = { slug: string; updatedAt: string }

/** Slug and last change of every published document of a collection (slugs are the same in every locale). */
export function findPublishedPages(collection: ContentCollectionSlug): Promise<PublishedPage[]> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const { docs } = await payload.find({
        collection,
        locale: DEFAULT_LOCALE,
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
        pagination: false,
        sort: 'slug',
        depth: 0,
        select: { slug: true, updatedAt: true },
      })
      return docs.filter((doc) => doc.slug).map((doc) => ({ slug: doc.slug as string, updatedAt: doc.updatedAt }))
    },
    ['published-pages', collection],
    { tags: [CACHE_TAGS.collection(collection)] },
  )()
}

type GlobalSlug = (typeof GLOBAL_SLUGS)[keyof typeof GLOBAL_SLUGS]

/**
 * When staff last published a global: the home page's (its headline and featured choices), the site's
 * (the date of the pages about the bureau), "Living and working here".
 */
export function findGlobalUpdatedAt(slug: GlobalSlug): Promise<string | null> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const global = await payload.findGlobal({ slug, overrideAccess: false, depth: 0, select: { updatedAt: true } })
      return global.updatedAt ?? null
    },
    [`${slug}-updated-at`],
    { tags: [CACHE_TAGS.global(slug)] },
  )()
}
