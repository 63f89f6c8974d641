import type { FlattenedField, Payload } from 'payload'

import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug, GLOBAL_SLUGS } from '@/collections/slugs'
import { LOCALE_CODES, type Locale } from '../i18n/locales'

/**
 * Cache tags of the portal's data. A tag names a collection, not a document: a list or a related block
 * that shows a document must refresh with it anyway, and a publish is rare next to the reads. What is read
 * in one locale carries the collection's tag in that locale, so that publishing one locale (Payload's
 * per-locale status) refreshes that locale's pages only; what every locale shares (the sitemap's entries)
 * carries the collection's own tag, which every publish refreshes.
 */
export const CACHE_TAGS = {
  global: (slug: string) => `global:${slug}`,
  /** What shows documents of the collection whatever the locale: the sitemap's published pages, the pictures. */
  collection: (slug: string) => `collection:${slug}`,
  /** Every list, count, related-items block and document page in `locale` that shows documents of the collection. */
  collectionIn: (slug: string, locale: Locale) => `collection:${slug}:${locale}`,
  /** Which locales each document of the collection is published in (a document page's hreflang, in every locale). */
  publishedLocales: (slug: string) => `published-locales:${slug}`,
} as const

/**
 * The tags a publish of the collection expires: its own, and its tag in each locale it published; all of
 * them by default, with which locales its documents are published in.
 */
export function collectionTags(slug: string, locales?: readonly Locale[]): string[] {
  if (locales) return [CACHE_TAGS.collection(slug), ...locales.map((locale) => CACHE_TAGS.collectionIn(slug, locale))]
  return [CACHE_TAGS.collection(slug), ...LOCALE_CODES.map((locale) => CACHE_TAGS.collectionIn(slug, locale)), CACHE_TAGS.publishedLocales(slug)]
}

/** Every tag the portal's cached data carries: what a change that may show anywhere (a picture, the seed) refreshes. */
export const EVERY_CACHE_TAG = [
  CACHE_TAGS.collection(COLLECTION_SLUGS.media),
  ...CONTENT_COLLECTION_SLUGS.flatMap((slug) => collectionTags(slug)),
  ...Object.values(GLOBAL_SLUGS).map(CACHE_TAGS.global),
]

/**
 * The tags of a document read in `locale` with its relationships filled in: its collection's, and those of
 * the collections it shows through them (a project's page names its industry and area), read from the
 * collection's fields. Pictures carry their own tag (lib/data/cardImages.ts, collections/hooks/revalidateMedia.ts).
 */
export function documentTags(payload: Payload, collection: ContentCollectionSlug, locale: Locale): string[] {
  const shown = new Set<string>([collection])
  const visit = (fields: FlattenedField[]) => {
    for (const field of fields) {
      if (field.type === 'relationship' || field.type === 'upload') for (const slug of [field.relationTo].flat()) shown.add(slug)
      if ('flattenedFields' in field) visit(field.flattenedFields)
      if (field.type === 'blocks') for (const block of field.blocks) visit(block.flattenedFields)
    }
  }
  visit(payload.collections[collection].config.flattenedFields)
  return [...shown].map((slug) => (slug === COLLECTION_SLUGS.media ? CACHE_TAGS.collection(slug) : CACHE_TAGS.collectionIn(slug, locale)))
}
