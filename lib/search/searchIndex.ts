import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { type DocumentInAllLocales, isPublishedIn, type Localized } from '../data/localizedDocument'
import { LOCALE_CODES } from '../i18n/locales'
import { richTextToPlainText } from './plainText'
import { searchEntries } from './table'
import { toTsvectorLiteral } from './tokens'

type Target = { payload: Payload; collection: ContentCollectionSlug; id: number; req?: PayloadRequest }

/** The search index reads the body besides what every reader of a document in all locales reads. */
type StoredDocument = DocumentInAllLocales & { body?: Localized<unknown> }

/** The database of the request's transaction, so the index changes commit or roll back with the document. */
async function databaseOf(payload: Payload, req?: PayloadRequest) {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionId = req?.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined ? adapter.sessions[transactionId]?.db : undefined) ?? adapter.drizzle
}

/**
 * Brings a document's search entries in line with what the public can read of it: its published
 * version in every locale it is published in and has a title of its own, or nothing when it is a draft,
 * unpublished or gone.
 * It reads the stored document, not the saved data: saving a draft keeps the published version live.
 */
export async function syncSearchEntries({ payload, collection, id, req }: Target): Promise<void> {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    select: { slug: true, _status: true, publishedAt: true, title: true, summary: true, body: true },
  })
  const doc = docs[0] as unknown as StoredDocument | undefined
  const db = await databaseOf(payload, req)
  await db.delete(searchEntries).where(and(eq(searchEntries.collection, collection), eq(searchEntries.docId, id)))
  if (!doc || !doc.slug) return
  const rows = LOCALE_CODES.flatMap((locale) => {
    if (!isPublishedIn(doc, locale)) return []
    const title = doc.title?.[locale]?.trim()
    if (!title) return []
    const summary = doc.summary?.[locale]?.trim() || null
    const content = [summary, richTextToPlainText(doc.body?.[locale])].filter(Boolean).join('\n')
    return [
      {
        collection,
        docId: id,
        locale,
        slug: doc.slug as string,
        title,
        summary,
        content,
        publishedAt: doc.publishedAt ?? null,
        tokens: toTsvectorLiteral(`${title}\n${content}`),
        titleTokens: toTsvectorLiteral(title),
      },
    ]
  })
  if (rows.length) await db.insert(searchEntries).values(rows)
}

export async function removeSearchEntries({ payload, collection, id, req }: Target): Promise<void> {
  const db = await databaseOf(payload, req)
  await db.delete(searchEntries).where(and(eq(searchEntries.collection, collection), eq(searchEntries.docId, id)))
}
