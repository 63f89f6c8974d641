import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

import type { Locale } from '../i18n/locales'
import { type Section, SECTION_NAMES, SECTIONS } from '../sections'

/** Matches counted per section before the page says "1,000+": counting all of a common term's matches read every one of them. */
export const SEARCH_COUNT_CAP = 1000

const HITS_PER_GROUP = 5
const HITS_OF_ONE_SECTION = 50

export type SearchStatementArgs = { tsquery: string; locale: Locale; section: Section | null }

/**
 * The first of the search's statements, one index lookup: at most SEARCH_COUNT_CAP + 1 matches in the
 * locale, read through narrow columns, counted and ranked per collection, and only the shown rows read
 * in full; `matched` on every row is how many it read. A query typed once matches few documents, and
 * this answers it whole. When `matched` passes the cap, the counts are not whole: `cappedSearchStatement`
 * answers instead. Every value is a bound parameter.
 */
export function searchStatement(args: SearchStatementArgs): SQL {
  const onlyCollection = args.section ? SECTIONS[args.section].collection : null
  const limit = args.section ? HITS_OF_ONE_SECTION : HITS_PER_GROUP
  const query = sql`${args.tsquery}::tsquery`
  return sql`
    with matches as materialized (
      select id, collection, published_at, title_tokens @@ ${query} as is_title_match
      from search_entries
      where locale = ${args.locale}
        and tokens @@ ${query}
        and (${onlyCollection}::varchar is null or collection = ${onlyCollection}::varchar)
      limit ${SEARCH_COUNT_CAP + 1}
    ), ranked as (
      select id, collection, count(*) over (partition by collection) as total, row_number() over (
        partition by collection order by is_title_match desc, published_at desc nulls last, id desc
      ) as place
      from matches
    )
    select ranked.collection, entry.slug, entry.title, entry.content, ranked.total, (select count(*) from matches) as matched
    from ranked
    -- offset 0 keeps this a lookup by primary key per shown row: the planner, misjudging how many rows
    -- pass place <= limit, otherwise joins by scanning the whole table.
    cross join lateral (
      select slug, title, content from search_entries where id = ranked.id offset 0
    ) entry
    where ranked.place <= ${limit}
    order by ranked.collection, ranked.place`
}

/**
 * For a common term, past the cap: per searched collection, its matches counted up to the cap (a LIMIT
 * inside the count, so it stops after SEARCH_COUNT_CAP + 1 rows), then the ones shown: the newest title
 * matches, and after them the newest other matches, each read newest first along
 * `search_entries_recent_idx` and stopped at the page's limit, so a term found in 50,000 documents reads
 * a few rows, not all of them; only the shown rows are read in full. Each collection is its own branch
 * with its name as a value, so PostgreSQL plans each with that collection's own size (a small collection
 * is read whole, a large one along the index). A collection without matches gives no row. Dearer than
 * the first statement for a rare term, hence second; its answer is cached (lib/data/search.ts), and a
 * common term is asked again and again.
 */
export function cappedSearchStatement(args: SearchStatementArgs): SQL {
  const collections = args.section ? [SECTIONS[args.section].collection] : SECTION_NAMES.map((section) => SECTIONS[section].collection)
  const limit = args.section ? HITS_OF_ONE_SECTION : HITS_PER_GROUP
  const query = sql`${args.tsquery}::tsquery`
  const branches = collections.map((collection, position) => {
    const where = sql`locale = ${args.locale} and collection = ${collection}::varchar and tokens @@ ${query}`
    return sql`(
      select ${collection}::varchar as collection, ${position}::integer as position, counted.total, shown.id, shown.place
      from (
        select count(*) as total from (select 1 from search_entries where ${where} limit ${SEARCH_COUNT_CAP + 1}) capped
      ) counted
      cross join lateral (
        select id, row_number() over (order by tier, published_at desc nulls last, id desc nulls last) as place from (
          (select id, 0 as tier, published_at from search_entries where ${where} and title_tokens @@ ${query}
            order by published_at desc nulls last, id desc nulls last limit ${limit})
          union all
          (select id, 1 as tier, published_at from search_entries where ${where} and not (title_tokens @@ ${query})
            order by published_at desc nulls last, id desc nulls last limit ${limit})
        ) candidates
        order by tier, published_at desc nulls last, id desc nulls last
        limit ${limit}
      ) shown
      where counted.total > 0
    )`
  })
  return sql`
    select found.collection, entry.slug, entry.title, entry.content, found.total
    from (${sql.join(branches, sql` union all `)}) found
    -- offset 0 keeps this a lookup by primary key per shown row.
    cross join lateral (
      select slug, title, content from search_entries where id = found.id offset 0
    ) entry
    order by found.position, found.place`
}
