import { unstable_cache } from 'next/cache'

import { type ContentCollectionSlug, GLOBAL_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { LOCALE_CODES, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

/** A published document's page: its slug (the same in every locale), last change, and the locales it is published in. */
export type PublishedPage = { slug: string; updatedAt: string; locales: Locale[] }

/**
 * Every published document of a collection, with the locales each is published in: each locale of a
 * document is published on its own, and only those have a page to list (sitemap, hreflang).
 */
export function findPublishedPages(collection: ContentCollectionSlug): Promise<PublishedPage[]> {
  return unstable_cache(() => readPublishedPages(collection), ['published-pages', collection], { tags: [CACHE_TAGS.collection(collection)] })()
}

/**
 * The locales a document is published in, by its slug (empty when none), for its pages' hreflang. Cached
 * per document, apart from the sitemap's entries, under a tag that only publishing or unpublishing a locale
 * expires: a change to the English need not render the Japanese pages again. One indexed lookup per
 * locale: reading the whole collection's list for it (10,000 slugs in four locales, about a second each)
 * under a burst of first visits held every pool connection, and the pages answered 503.
 */
export function findPublishedLocales(collection: ContentCollectionSlug, slug: string): Promise<Locale[]> {
  return unstable_cache(() => readPublishedLocales(collection, slug), ['published-locales', collection, slug], {
    tags: [CACHE_TAGS.publishedLocales(collection)],
  })()
}

async function readPublishedLocales(collection: ContentCollectionSlug, slug: string): Promise<Locale[]> {
  const payload = await getPortalPayload()
  const perLocale = await Promise.all(
    LOCALE_CODES.map(async (locale) => {
      const { docs } = await payload.find({
        collection,
        locale,
        overrideAccess: false,
        where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
        limit: 1,
        depth: 0,
        select: { slug: true },
      })
      return docs.length > 0 ? [locale] : []
    }),
  )
  return perLocale.flat()
}

async function readPublishedPages(collection: ContentCollectionSlug): Promise<PublishedPage[]> {
  const payload = await getPortalPayload()
  const pages = new Map<string, PublishedPage>()
  const perLocale = await Promise.all(
    LOCALE_CODES.map(async (locale) => {
      const { docs } = await payload.find({
        collection,
        locale,
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
        pagination: false,
        sort: 'slug',
        depth: 0,
        select: { slug: true, updatedAt: true },
      })
      return { locale, docs }
    }),
  )
  for (const { locale, docs } of perLocale) {
    for (const doc of docs) {
      if (!doc.slug) continue
      const page = pages.get(doc.slug) ?? { slug: doc.slug, updatedAt: doc.updatedAt, locales: [] }
      page.locales.push(locale)
      pages.set(doc.slug, page)
    }
  }
  return [...pages.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
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
