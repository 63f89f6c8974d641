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
 * For a common term, past the cap: a few index lookups per searched collection, its matches counted up
 * to the cap (a LIMIT inside the count, so it stops after SEARCH_COUNT_CAP + 1 rows), the ids of the
 * ones shown ranked from narrow columns, and only those rows read in full. A collection without matches
 * gives no row. Dearer than the first for a rare term (an index lookup per collection and step), hence
 * second; its answer is cached (lib/data/search.ts), and a common term is asked again and again.
 */
export function cappedSearchStatement(args: SearchStatementArgs): SQL {
  const collections = args.section ? [SECTIONS[args.section].collection] : SECTION_NAMES.map((section) => SECTIONS[section].collection)
  const limit = args.section ? HITS_OF_ONE_SECTION : HITS_PER_GROUP
  const query = sql`${args.tsquery}::tsquery`
  return sql`
    select searched.collection, entry.slug, entry.title, entry.content, counted.total
    from unnest(array[${sql.join(
      collections.map((collection) => sql`${collection}`),
      sql`, `,
    )}]::varchar[]) with ordinality as searched(collection, position)
    cross join lateral (
      select count(*) as total from (
        select 1 from search_entries
        where locale = ${args.locale} and collection = searched.collection and tokens @@ ${query}
        limit ${SEARCH_COUNT_CAP + 1}
      ) capped
    ) counted
    left join lateral (
      select id, row_number() over (order by is_title_match desc, published_at desc nulls last, id desc) as place from (
        select id, title_tokens @@ ${query} as is_title_match, published_at from search_entries
        where locale = ${args.locale} and collection = searched.collection and tokens @@ ${query}
        order by title_tokens @@ ${query} desc, published_at desc nulls last, id desc
        limit ${limit}
      ) shown
    ) ranked on true
    -- offset 0 keeps this a lookup by primary key per shown row.
    left join lateral (
      select slug, title, content from search_entries where id = ranked.id offset 0
    ) entry on true
    where counted.total > 0
    order by searched.position, ranked.place`
}
