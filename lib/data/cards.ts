import { unstable_cache } from 'next/cache'
import type { SelectType, Where } from 'payload'

import { COLLECTION_SLUGS, type ContentCollectionSlug } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { relationId } from '../relationId'
import { SECTIONS, sectionOf } from '../sections'
import { batchLoader } from './batchLoader'
import { type CardImage, findCardImages } from './cardImages'

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
  /** The fields its section's card facts read (lib/sections, `card`), or null where the section has none. */
  fields: Record<string, unknown> | null
}

/** The newest publish date among some cards (ISO strings compare as dates), for a page's "last updated". */
export function newestPublished(cards: Card[]): string | null {
  return cards.reduce<string | null>((newest, { publishedAt }) => (publishedAt && (!newest || publishedAt > newest) ? publishedAt : newest), null)
}

/**
 * A page of cards. `totalDocs` counts the matches up to LIST_COUNT_CAP; `isCapped` when there are more,
 * and then `totalPages` is null (not counted) and `hasNextPage` says whether a match follows this page.
 */
export type CardPage = { cards: Card[]; page: number; totalDocs: number; isCapped: boolean; totalPages: number | null; hasNextPage: boolean }

/**
 * A list counts its matches up to this many and says "1,000+" beyond. At 100,000 projects, counting every
 * project of an amount typed in took 150–220 ms; asking whether a 1,001st exists, 4 ms.
 */
export const LIST_COUNT_CAP = 1000

/** What a card shows of its document, in one locale; its picture is read on its own (lib/data/cardImages.ts). */
type CardText = Omit<Card, 'image'> & { heroImage: number | null }

/** Payload returns a document's id whatever the select; selecting only it joins no other table. */
const ONLY_ID = { id: true } as SelectType
const TITLE_AND_SLUG = { title: true, slug: true } as SelectType

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

/** Published documents of a collection as cards, in the reader's locale (Chinese where untranslated). */
export function findPublishedCards(args: ListArgs): Promise<CardPage> {
  const { collection, locale, where = {}, page = 1, limit = 12, sort = '-publishedAt', isCached = true } = args
  const read = () => readPublishedCards({ collection, locale, where, page, limit, sort })
  if (!isCached) return read()
  return unstable_cache(read, ['cards', collection, locale, JSON.stringify({ where, page, limit, sort })], {
    tags: [CACHE_TAGS.collectionIn(collection, locale)],
  })()
}

/**
 * The query finds only the ids of the page's documents; each card's texts come from a cache entry per
 * document and locale. Reading the cards' fields in the query cost more than half of it (Payload reads
 * and transforms them through the whole schema), and a list a visitor typed, never cached as a whole,
 * mostly shows documents some other list has shown. The count is capped (countMatches).
 */
async function readPublishedCards({ collection, locale, where, page, limit, sort }: Required<Omit<ListArgs, 'isCached'>>): Promise<CardPage> {
  const payload = await getPortalPayload()
  // Only ids are read, but a sort by title or a keyword filter is on the locale's texts.
  const query: MatchQuery = { collection, locale, overrideAccess: false, where: { and: [{ _status: { equals: 'published' } }, where] }, sort, depth: 0, select: ONLY_ID }
  const [found, count] = await Promise.all([payload.find({ ...query, page, limit, pagination: false }), countMatches(query, page * limit)])
  const texts = (await Promise.all(found.docs.map(({ id }) => cachedCardText(collection, locale, id)))).filter((text) => text !== null)
  const images = await findCardImages(texts.flatMap(({ heroImage }) => (heroImage === null ? [] : [heroImage])))
  const cards = texts.map(({ heroImage, ...text }) => ({ ...text, image: heroImage === null ? null : (images.get(heroImage) ?? null) }))
  if (count.isCapped) return { cards, page, totalDocs: LIST_COUNT_CAP, isCapped: true, totalPages: null, hasNextPage: true }
  const totalPages = Math.ceil(count.total / limit)
  return { cards, page, totalDocs: count.total, isCapped: false, totalPages, hasNextPage: page < totalPages }
}

type MatchQuery = { collection: ContentCollectionSlug; locale: Locale; overrideAccess: false; where: Where; sort: string; depth: 0; select: SelectType }

/**
 * How many documents match, without reading them all: first whether one exists past both the cap and the
 * page (`shownUpTo` documents), which the database answers by walking that far; only when none does is
 * the rest counted, at most that many. Payload counts every match, with a join per match for its locale's
 * status.
 */
async function countMatches(query: MatchQuery, shownUpTo: number): Promise<{ total: number; isCapped: false } | { isCapped: true }> {
  const payload = await getPortalPayload()
  const position = Math.max(LIST_COUNT_CAP, shownUpTo)
  const beyond = await payload.find({ ...query, limit: 1, page: position + 1, pagination: false })
  if (beyond.docs.length > 0) return { isCapped: true }
  const { totalDocs } = await payload.count({ collection: query.collection, locale: query.locale, overrideAccess: false, where: query.where })
  return { total: totalDocs, isCapped: false }
}

function cachedCardText(collection: ContentCollectionSlug, locale: Locale, id: number): Promise<CardText | null> {
  return unstable_cache(() => cardTextLoader(collection, locale)(id), ['card', collection, locale, String(id)], {
    tags: [CACHE_TAGS.collectionIn(collection, locale)],
  })()
}

const cardTextLoaders = new Map<string, (id: number) => Promise<CardText | null>>()

function cardTextLoader(collection: ContentCollectionSlug, locale: Locale): (id: number) => Promise<CardText | null> {
  const key = `${collection}:${locale}`
  let loader = cardTextLoaders.get(key)
  if (!loader) {
    loader = batchLoader((ids: number[]) => readCardTexts(collection, locale, ids))
    cardTextLoaders.set(key, loader)
  }
  return loader
}

async function readCardTexts(collection: ContentCollectionSlug, locale: Locale, ids: number[]): Promise<Map<number, CardText>> {
  const payload = await getPortalPayload()
  // The select field a card shows as its badge (stage, type, category).
  const badgeField = SECTIONS[sectionOf(collection)].badge?.field
  // The fields the card's facts read; a relationship among them (a project's area) arrives as its title and slug.
  const cardFields: readonly string[] = SECTIONS[sectionOf(collection)].card?.fields ?? []
  const [{ docs }, ownTexts] = await Promise.all([
    payload.find({
      collection,
      locale,
      fallbackLocale: DEFAULT_LOCALE,
      overrideAccess: false,
      where: { and: [{ _status: { equals: 'published' } }, { id: { in: ids } }] },
      depth: cardFields.length > 0 ? 1 : 0,
      populate: { [COLLECTION_SLUGS.areas]: TITLE_AND_SLUG, [COLLECTION_SLUGS.industries]: TITLE_AND_SLUG, [COLLECTION_SLUGS.media]: ONLY_ID },
      pagination: false,
      select: {
        slug: true,
        title: true,
        summary: true,
        heroImage: true,
        publishedAt: true,
        ...(badgeField ? { [badgeField]: true } : {}),
        ...Object.fromEntries(cardFields.map((field) => [field, true])),
      },
    }),
    findOwnTexts(collection, locale, ids),
  ])
  return new Map(
    docs.map((doc): [number, CardText] => {
      const record = doc as unknown as Record<string, unknown>
      return [
        doc.id,
        {
          id: doc.id,
          slug: doc.slug ?? '',
          title: doc.title,
          summary: doc.summary ?? null,
          heroImage: relationId(doc.heroImage as number | { id: number } | null | undefined),
          isFallback: isFallbackCard(ownTexts === null ? null : ownTexts.get(doc.id), doc.summary),
          badge: badgeField ? ((record[badgeField] as string | null) ?? null) : null,
          publishedAt: doc.publishedAt ?? null,
          fields: cardFields.length > 0 ? Object.fromEntries(cardFields.map((field) => [field, record[field] ?? null])) : null,
        },
      ]
    }),
  )
}

/**
 * The titles and summaries of the cards' published versions in `locale` itself, without the Chinese
 * standing in; null in Chinese. Read from the texts, not from `translatedLocales`: that counts drafts too,
 * and with one locale published at a time a translation can be written and not yet published.
 */
async function findOwnTexts(collection: ContentCollectionSlug, locale: Locale, ids: number[]): Promise<Map<number, { title?: string | null; summary?: string | null }> | null> {
  if (locale === DEFAULT_LOCALE) return null
  const payload = await getPortalPayload()
  const { docs } = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: { and: [{ _status: { equals: 'published' } }, { id: { in: ids } }] },
    depth: 0,
    pagination: false,
    select: { title: true, summary: true },
  })
  return new Map(docs.map((doc) => [doc.id, { title: doc.title, summary: doc.summary }]))
}

/** A card shows the Chinese when its locale has no title of its own, or no summary where the Chinese has one. */
function isFallbackCard(own: { title?: string | null; summary?: string | null } | undefined | null, shownSummary: string | null | undefined): boolean {
  if (own === null) return false
  if (!own?.title?.trim()) return true
  return !own.summary?.trim() && Boolean(shownSummary?.trim())
}
