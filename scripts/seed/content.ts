import type { CollectionSlug, Payload } from 'payload'

import { COLLECTION_SLUGS, type ContentCollectionSlug } from '../../collections/slugs'
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../lib/i18n/locales'
import { type DocumentData, readDocuments } from './dataFiles'
import { renderIllustration } from './illustration'
import { type ResolveId, ROW_ARRAYS, toPayloadData } from './toPayloadData'

/** Referenced collections come before those that reference them. */
const SEED_ORDER: ContentCollectionSlug[] = [
  COLLECTION_SLUGS.industries,
  COLLECTION_SLUGS.areas,
  COLLECTION_SLUGS.projects,
  COLLECTION_SLUGS.funds,
  COLLECTION_SLUGS.rcepServices,
  COLLECTION_SLUGS.talentPolicies,
  COLLECTION_SLUGS.news,
]

const OTHER_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE)

/** The seed writes in bulk; the pages are refreshed once at the end (index.ts), not per document. */
const context = { disableRevalidate: true }

/**
 * Creates every document of the data files that is not in the database yet (matched by slug), published
 * in every locale with its illustration. A document that exists is left as staff may have edited it.
 * `only` seeds some collections (a test's), which must include those they refer to.
 */
export async function seedContent(payload: Payload, only?: readonly ContentCollectionSlug[]): Promise<void> {
  const ids = new Map<string, number>()
  const resolveId: ResolveId = (collection, slug) => {
    const id = ids.get(`${collection}/${slug}`)
    if (id === undefined) throw new Error(`Seed data refers to ${collection}/${slug}, which is not seeded before it.`)
    return id
  }
  for (const collection of SEED_ORDER.filter((slug) => !only || only.includes(slug))) {
    let createdCount = 0
    for (const doc of readDocuments(collection)) {
      const existing = await payload.find({
        collection,
        where: { slug: { equals: doc.slug } },
        draft: true,
        depth: 0,
        limit: 1,
        select: { slug: true },
      })
      const id = existing.docs[0]?.id ?? (await createDocument({ payload, collection, doc, resolveId }))
      if (!existing.docs[0]) createdCount++
      ids.set(`${collection}/${doc.slug}`, id)
    }
    payload.logger.info(`Seed ${collection}: ${createdCount} created, ${ids.size} known so far.`)
  }
}

async function createDocument(args: { payload: Payload; collection: ContentCollectionSlug; doc: DocumentData; resolveId: ResolveId }) {
  const { payload, collection, doc, resolveId } = args
  const heroImage = await createIllustration(payload, collection, doc)
  const dataIn = (locale: (typeof LOCALE_CODES)[number]) => toPayloadData(collection, { doc, locale, heroImage, resolveId })
  // The data files are checked against the schema by Payload's validation; their shape is the seed's own.
  const created = (await payload.create({
    collection,
    locale: DEFAULT_LOCALE,
    data: { ...dataIn(DEFAULT_LOCALE), _status: 'published' } as never,
    context,
  })) as unknown as Record<string, unknown> & { id: number }
  for (const locale of OTHER_LOCALES) {
    await payload.update({
      collection,
      id: created.id,
      locale,
      data: { ...withRowIds(dataIn(locale), created), _status: 'published' },
      context,
    })
  }
  return created.id
}

/** Rows of localized arrays keep their ids, so that each locale writes its text into the same row. */
function withRowIds(data: Record<string, unknown>, created: Record<string, unknown>) {
  const result = { ...data }
  for (const field of ROW_ARRAYS) {
    const rows = data[field] as Record<string, unknown>[] | undefined
    const createdRows = created[field] as { id: string }[] | undefined
    if (rows && createdRows) result[field] = rows.map((row, index) => ({ ...row, id: createdRows[index]?.id }))
  }
  return result
}

async function createIllustration(payload: Payload, collection: ContentCollectionSlug, doc: DocumentData): Promise<number> {
  const png = await renderIllustration(collection, doc.slug)
  const media = await payload.create({
    collection: COLLECTION_SLUGS.media as CollectionSlug,
    locale: DEFAULT_LOCALE,
    data: { alt: doc.title[DEFAULT_LOCALE] },
    file: { data: png, mimetype: 'image/png', name: `${collection}-${doc.slug}.png`, size: png.length },
    context,
  })
  for (const locale of OTHER_LOCALES) {
    await payload.update({ collection: COLLECTION_SLUGS.media, id: media.id, locale, data: { alt: doc.title[locale] }, context })
  }
  return media.id as number
}
