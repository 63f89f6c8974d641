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

/** When the published home page last changed (its headline and featured choices). */
export function findHomeUpdatedAt(): Promise<string | null> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const home = await payload.findGlobal({ slug: GLOBAL_SLUGS.home, overrideAccess: false, depth: 0, select: { updatedAt: true } })
      return home.updatedAt ?? null
    },
    ['home-updated-at'],
    { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.home)] },
  )()
}

/** When staff last saved the `site` global: the date of the pages about the bureau. */
export function findSiteUpdatedAt(): Promise<string | null> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, overrideAccess: false, depth: 0, select: { updatedAt: true } })
      return site.updatedAt ?? null
    },
    ['site-updated-at'],
    { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.site)] },
  )()
}
