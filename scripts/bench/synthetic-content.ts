import pg from 'pg'

import { WORD_PREFIXES } from '../../lib/search/tokens'

type Spread = {
  /** SQL expression (over `m.n`, the copy's number) for each column it replaces, if the column exists. */
  main: Record<string, string>
}

export type SyntheticCounts = { projects: number; news: number }

/** The bench's catalogue: 10,000 projects and 1,000 news, or a larger one asked for on the command line. */
export const DEFAULT_SYNTHETIC: SyntheticCounts = { projects: 10_000, news: 1_000 }

/**
 * `--projects 100000 --news 10000`: the catalogue's size from the command line (issue 27's scale run),
 * each count a positive whole number; what is not given keeps its default.
 */
export function syntheticCountsFromArgs(argv: readonly string[]): SyntheticCounts {
  const count = (flag: string, fallback: number) => {
    const index = argv.indexOf(flag)
    if (index === -1) return fallback
    const value = Number(argv[index + 1])
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} takes a positive whole number, not ${argv[index + 1] ?? 'nothing'}.`)
    return value
  }
  return { projects: count('--projects', DEFAULT_SYNTHETIC.projects), news: count('--news', DEFAULT_SYNTHETIC.news) }
}

/**
 * Multiplies the published demo documents into a large catalogue, in SQL, so that 10,000 documents take
 * seconds instead of the hour the Local API would need. Each copy is a whole document as the app stores
 * it: its row, its four locales' row (titles numbered), its has-many selects and relationships, found
 * through the foreign keys on `parent_id` / `_parent_id` so that fields added later are copied too. The
 * copies get their own slugs and are spread over the published industries and areas, the stages or
 * categories, investments and publication dates, and entered in the search index. Version history is not
 * copied: the portal never reads it.
 */
export async function addSyntheticContent(databaseUri: string, counts: SyntheticCounts): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    await client.query('begin')
    const wordIndexes = await pendingListForCopies(client)
    const industries = await publishedIds(client, 'industries')
    const areas = await publishedIds(client, 'areas')
    await multiply(client, 'projects', counts.projects, {
      main: {
        industry_id: pick(industries),
        area_id: pick(areas),
        // Counted in steps of the industries, so that every industry has projects at every stage.
        stage: `(enum_range(null::enum_projects_stage))[1 + (m.n / ${industries.length}) % array_length(enum_range(null::enum_projects_stage), 1)]`,
        investment: `(1 + (m.n * 37) % 500)::bigint * 10000000`,
      },
    })
    await multiply(client, 'news', counts.news, {
      main: {
        category: `(enum_range(null::enum_news_category))[1 + m.n % array_length(enum_range(null::enum_news_category), 1)]`,
      },
    })
    await writeAtOnceAgain(client, wordIndexes)
    await client.query('commit')
    // As autovacuum leaves a settled database: statistics, and the visibility map that lets a count read
    // an index alone (index-only scans).
    await client.query('vacuum analyze')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}

async function publishedIds(client: pg.Client, table: string): Promise<number[]> {
  // Each locale is published on its own (the status is on the locale's row, which the copies take along).
  const { rows } = await client.query<{ id: number }>(
    `select _parent_id as id from ${client.escapeIdentifier(`${table}_locales`)} where _locale = 'zh' and _status = 'published' order by _parent_id`,
  )
  if (rows.length === 0) throw new Error(`The demo content has no published ${table} to spread the copies over.`)
  return rows.map((row) => row.id)
}

/**
 * The search's word indexes write each entry into their tree as it comes (lib/search/table.ts), about
 * 1 ms an entry: 45 s for the 44,000 entries of 10,000 projects. For the copies they collect entries in a
 * pending list instead, merged in bulk (6 s), and are then left as the portal keeps them: the list merged,
 * each entry written at once again.
 */
async function pendingListForCopies(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
      where i.indrelid = 'search_entries'::regclass and am.amname = 'gin'`,
  )
  const names = rows.map(({ name }) => client.escapeIdentifier(name))
  for (const name of names) await client.query(`alter index ${name} set (fastupdate = on)`)
  return names
}

async function writeAtOnceAgain(client: pg.Client, wordIndexes: string[]): Promise<void> {
  for (const name of wordIndexes) {
    await client.query(`select gin_clean_pending_list($1::regclass)`, [name])
    await client.query(`alter index ${name} set (fastupdate = off)`)
  }
}

/** One of the ids, chosen by the copy's number. */
function pick(ids: number[]): string {
  return `(array[${ids.join(',')}])[1 + m.n % ${ids.length}]`
}

async function multiply(client: pg.Client, collection: string, count: number, spread: Spread): Promise<void> {
  const table = client.escapeIdentifier(collection)
  const templates = await publishedIds(client, collection)
  await client.query('drop table if exists clone_map')
  await client.query(
    `create temp table clone_map on commit drop as
       select n, (array[${templates.join(',')}])[1 + n % ${templates.length}] as old_id,
              nextval(pg_get_serial_sequence($1, 'id'))::integer as new_id
       from generate_series(1, $2::integer) as n`,
    [collection, count],
  )

  const overrides: Record<string, string> = {
    id: 'm.new_id',
    slug: `t.slug || '-' || m.n`,
    featured: 'false',
    published_at: `now() - (m.n % 1500) * interval '1 day' - (m.n % 24) * interval '1 hour'`,
    ...spread.main,
  }
  await copyRows(client, { source: table, parentColumn: 'id', overrides, replaceId: true })

  for (const child of await childTables(client, collection)) {
    const childOverrides: Record<string, string> = { [child.column]: 'm.new_id' }
    if (child.table.endsWith('_locales')) childOverrides.title = `t.title || ' ' || m.n`
    await copyRows(client, { source: client.escapeIdentifier(child.table), parentColumn: child.column, overrides: childOverrides, replaceId: false })
  }

  // The search index (kept by hooks, which SQL copies bypass): the template's entries, with the copy's
  // slug, numbered title and date, and the number among the title's words as the portal would index it:
  // the word and its beginnings (lib/search/tokens.ts, WORD_PREFIXES).
  const numberLexemes = `array_to_tsvector(array(
    select left(m.n::text, length) from generate_series(${WORD_PREFIXES.shortest}, least(length(m.n::text), ${WORD_PREFIXES.longest})) length
    union select m.n::text))`
  await client.query(
    `insert into search_entries (collection, doc_id, locale, slug, title, summary, content, published_at, tokens, title_tokens)
     select s.collection, m.new_id, s.locale, s.slug || '-' || m.n, s.title || ' ' || m.n, s.summary, s.content,
            ${overrides.published_at}, s.tokens || ${numberLexemes}, s.title_tokens || ${numberLexemes}
       from search_entries s join clone_map m on s.doc_id = m.old_id
      where s.collection = $1`,
    [collection],
  )
}

/** Tables whose rows belong to one document (locales, has-many selects, relationships), not versions. */
async function childTables(client: pg.Client, collection: string) {
  const { rows } = await client.query<{ table: string; column: string; idType: string | null }>(
    `select child.relname as table, a.attname as column,
            (select format_type(idcol.atttypid, idcol.atttypmod) from pg_attribute idcol
              where idcol.attrelid = child.oid and idcol.attname = 'id' and not idcol.attisdropped) as "idType"
       from pg_constraint c
       join pg_class child on child.oid = c.conrelid
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = $1::regclass and a.attname in ('parent_id', '_parent_id')
        and child.relname not like '\\_%'`,
    [collection],
  )
  for (const row of rows) {
    // An array field's rows carry ids of their own, which copies cannot share: teach this function first.
    if (row.idType !== 'integer') throw new Error(`${row.table} has ${row.idType} ids: the bench cannot copy it yet.`)
  }
  return rows
}

async function copyRows(
  client: pg.Client,
  args: { source: string; parentColumn: string; overrides: Record<string, string>; replaceId: boolean },
): Promise<void> {
  const { rows } = await client.query<{ column: string }>(
    `select attname as column from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
    [args.source],
  )
  // A child row's own serial id is left to its sequence; the document row takes the id chosen for it.
  const columns = rows.map((row) => row.column).filter((column) => args.replaceId || column !== 'id')
  const values = columns.map((column) => args.overrides[column] ?? `t.${client.escapeIdentifier(column)}`)
  await client.query(
    `insert into ${args.source} (${columns.map((column) => client.escapeIdentifier(column)).join(', ')})
     select ${values.join(', ')} from ${args.source} t
       join clone_map m on t.${client.escapeIdentifier(args.parentColumn)} = m.old_id`,
  )
}
