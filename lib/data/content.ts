import { draftMode } from 'next/headers'
import { unstable_cache } from 'next/cache'
import type { PopulateType, Where } from 'payload'

import { COLLECTION_SLUGS, type ContentCollectionSlug } from '@/collections/slugs'
import type { Media } from '@/payload-types'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { type CardImage, findCardImages } from './cardImages'
import { mergeFallback, type WithFallback } from './localizedDocument'
import { findPreviewUser } from './previewUser'

export type ImageSummary = { url: string; alt: string; width: number | null; height: number | null }

export type Card = {
  id: number
  slug: string
  title: string
  summary: string | null
  image: CardImage | null
  /** The locale lacks a translation: the card's texts are the Chinese original. */
  isFallback: boolean
  badge: string | null
  publishedAt: string | null
}

/** The select field a card shows as its badge (stage, type, category), per collection. */
const BADGE_FIELDS: Partial<Record<ContentCollectionSlug, string>> = {
  [COLLECTION_SLUGS.projects]: 'stage',
  [COLLECTION_SLUGS.funds]: 'type',
  [COLLECTION_SLUGS.rcepServices]: 'serviceType',
  [COLLECTION_SLUGS.talentPolicies]: 'category',
  [COLLECTION_SLUGS.news]: 'category',
}

const MEDIA_POPULATE: PopulateType = { media: { alt: true, url: true, width: true, height: true, sizes: true } }

export function imageSummary(value: unknown, size: 'card' | 'hero' | 'og' | 'thumbnail'): ImageSummary | null {
  if (!value || typeof value !== 'object') return null
  const media = value as Media
  const sized = media.sizes?.[size]
  const url = sized?.url ?? media.url
  if (!url) return null
  return { url, alt: media.alt ?? '', width: sized?.width ?? media.width ?? null, height: sized?.height ?? media.height ?? null }
}

type ListArgs = {
  collection: ContentCollectionSlug
  locale: Locale
  where?: Where
  page?: number
  limit?: number
  sort?: string
  /**
   * False for what a visitor typed (free text, amounts): every value would be a cache entry of its own,
   * written on each request and never read again, an unbounded store for anyone to fill.
   */
  isCached?: boolean
}

export type CardPage = { cards: Card[]; totalDocs: number; totalPages: number; page: number }

/** Published documents of a collection as cards, in the reader's locale (Chinese where untranslated). */
export function findPublishedCards(args: ListArgs): Promise<CardPage> {
  const { collection, locale, where = {}, page = 1, limit = 12, sort = '-publishedAt', isCached = true } = args
  const read = () => readPublishedCards({ collection, locale, where, page, limit, sort })
  if (!isCached) return read()
  return unstable_cache(read, ['cards', collection, locale, JSON.stringify({ where, page, limit, sort })], {
    tags: [CACHE_TAGS.collection(collection)],
  })()
}

async function readPublishedCards({ collection, locale, where, page, limit, sort }: Required<Omit<ListArgs, 'isCached'>>): Promise<CardPage> {
  const payload = await getPortalPayload()
  const badgeField = BADGE_FIELDS[collection]
  const result = await payload.find({
    collection,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    overrideAccess: false,
    where: { and: [{ _status: { equals: 'published' } }, where] },
    page,
    limit,
    sort,
    depth: 0,
    select: {
      slug: true,
      title: true,
      summary: true,
      heroImage: true,
      translatedLocales: true,
      publishedAt: true,
      ...(badgeField ? { [badgeField]: true } : {}),
    },
  })
  const images = await findCardImages(result.docs.flatMap((doc) => (typeof doc.heroImage === 'number' ? [doc.heroImage] : [])))
  const cards = result.docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    return {
      id: doc.id,
      slug: doc.slug ?? '',
      title: doc.title,
      summary: doc.summary ?? null,
      image: typeof doc.heroImage === 'number' ? (images.get(doc.heroImage) ?? null) : null,
      isFallback: !(doc.translatedLocales ?? []).includes(locale),
      badge: badgeField ? ((record[badgeField] as string | null) ?? null) : null,
      publishedAt: doc.publishedAt ?? null,
    }
  })
  return { cards, totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? page }
}

type DocumentArgs = { collection: ContentCollectionSlug; slug: string; locale: Locale }

/**
 * One document by slug, everything the detail page shows, with the texts that fell back to Chinese
 * named. In draft mode (live preview) a signed-in staff member sees the latest draft, uncached.
 */
export async function findDocumentBySlug<T extends Record<string, unknown>>(args: DocumentArgs): Promise<WithFallback<T> | null> {
  const { isEnabled: isPreview } = await draftMode()
  if (isPreview) {
    const user = await findPreviewUser()
    if (user) return readDocument<T>({ ...args, user, isDraft: true })
  }
  // A slug that finds nothing is not cached: anyone can type such slugs without end (see lib/cache/storable.mjs).
  const cached = unstable_cache(
    async () => {
      const doc = await readDocument<T>({ ...args, isDraft: false })
      if (!doc) throw new DocumentNotFound()
      return doc
    },
    ['document', args.collection, args.slug, args.locale],
    { tags: [CACHE_TAGS.collection(args.collection)] },
  )
  return cached().catch((error: unknown) => {
    if (error instanceof DocumentNotFound) return null
    throw error
  })
}

/** Thrown out of the cached read, because `unstable_cache` stores whatever returns and nothing that throws. */
class DocumentNotFound extends Error {}

async function readDocument<T extends Record<string, unknown>>(
  args: DocumentArgs & { isDraft: boolean; user?: Awaited<ReturnType<typeof findPreviewUser>> },
): Promise<WithFallback<T> | null> {
  const payload = await getPortalPayload()
  const query = (locale: Locale, fallbackLocale: Locale | false) =>
    payload.find({
      collection: args.collection,
      locale,
      fallbackLocale,
      overrideAccess: false,
      user: args.user ?? undefined,
      draft: args.isDraft,
      where: args.isDraft ? { slug: { equals: args.slug } } : { slug: { equals: args.slug }, _status: { equals: 'published' } },
      depth: 1,
      populate: MEDIA_POPULATE,
      limit: 1,
    })
  const inLocale = (await query(args.locale, false)).docs[0] as unknown as T | undefined
  if (!inLocale) return null
  const isTranslated = ((inLocale.translatedLocales as string[] | undefined) ?? []).includes(args.locale)
  if (isTranslated || args.locale === DEFAULT_LOCALE) return mergeFallback(inLocale, null, args.locale)
  const original = (await query(DEFAULT_LOCALE, false)).docs[0] as unknown as T | undefined
  return mergeFallback(inLocale, original ?? null, args.locale)
}
