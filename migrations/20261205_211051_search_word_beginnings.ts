import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { toTsvectorLiteral } from '../lib/search/tokens'

/** Rows rewritten per statement: a catalogue of 100,000 projects has 400,000 entries. */
const BATCH = 500

type Entry = { id: number; title: string; content: string }

/**
 * The search index now holds each word's beginnings beside the word (lib/search/tokens.ts,
 * WORD_PREFIXES), and a query looks a typed word up as a lexeme. Every stored entry is written again
 * from its own title and text, as lib/search/searchIndex.ts writes it, or its words could no longer
 * be found by their beginnings.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rewriteTokens(db)
}

/** Entries that hold beginnings are still found by the old prefix queries: nothing to undo. */
export async function down(_args: MigrateDownArgs): Promise<void> {}

async function rewriteTokens(db: MigrateUpArgs['db']): Promise<void> {
  let after = 0
  for (;;) {
    const { rows } = (await db.execute(
      sql`select id, title, content from search_entries where id > ${after} order by id limit ${BATCH}`,
    )) as unknown as { rows: Entry[] }
    if (rows.length === 0) return
    const values = rows.map(
      ({ id, title, content }) => sql`(${id}::integer, ${toTsvectorLiteral(`${title}\n${content}`)}::tsvector, ${toTsvectorLiteral(title)}::tsvector)`,
    )
    await db.execute(sql`
      update search_entries set tokens = rewritten.tokens, title_tokens = rewritten.title_tokens
      from (values ${sql.join(values, sql`, `)}) as rewritten (id, tokens, title_tokens)
      where search_entries.id = rewritten.id`)
    after = rows[rows.length - 1].id
  }
}
