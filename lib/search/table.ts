import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { customType, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { LOCALE_CODES } from '../i18n/localeList.mjs'

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' })

/**
 * The word indexes take each entry into their tree as it is written, not into a pending list first
 * (PostgreSQL's `fastupdate`, on by default). Every search reads the whole pending list, up to 4 MB per
 * index until autovacuum empties it, which at 10,000 projects put a p95 of 60–90 ms on the search's
 * statements against 36–38 ms without. A publish writes at most four entries, about 1 ms each.
 */
const WRITTEN_AT_ONCE = { fastupdate: false }

/**
 * The portal's search index: one row per published document and locale that has its own text in that
 * locale. Payload does not model it (it is no collection, so no API reaches it); it is declared to the
 * adapter so that migrations create it and the development schema push keeps it.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    id: serial('id').primaryKey(),
    collection: varchar('collection').notNull(),
    docId: integer('doc_id').notNull(),
    locale: varchar('locale').notNull(),
    slug: varchar('slug').notNull(),
    title: varchar('title').notNull(),
    summary: varchar('summary'),
    /** The summary and body as plain text, for the snippet around a match. */
    content: text('content').notNull(),
    publishedAt: timestamp('published_at', { mode: 'string', withTimezone: true, precision: 3 }),
    /** Every lexeme of title, summary and body (see lib/search/tokens.ts). */
    tokens: tsvector('tokens').notNull(),
    /** The title's lexemes alone: a match in the title ranks first. */
    titleTokens: tsvector('title_tokens').notNull(),
  },
  (table) => [
    uniqueIndex('search_entries_document_locale_idx').on(table.collection, table.docId, table.locale),
    // One word index per locale: a word common in one language is found absent from another at once,
    // without reading the first language's matches (lib/data/search.ts). A locale added to the list gets
    // its index with the next migration.
    ...LOCALE_CODES.map((locale) =>
      index(`search_entries_tokens_${locale}_idx`).using('gin', table.tokens).with(WRITTEN_AT_ONCE).where(sql.raw(`locale = '${locale}'`)),
    ),
    // For a common term (lib/search/statement.ts, cappedSearchStatement): its newest matches per locale and
    // collection, read in order and stopped at the page's limit; and its title matches, found directly
    // when few titles hold it.
    index('search_entries_recent_idx').on(table.locale, table.collection, table.publishedAt.desc().nullsLast(), table.id.desc()),
    index('search_entries_title_tokens_idx').using('gin', table.titleTokens).with(WRITTEN_AT_ONCE),
  ],
)

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const declareSearchTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, search_entries: searchEntries },
})
