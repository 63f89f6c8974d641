import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'

import type { ContentCollectionSlug } from '@/collections/slugs'
import type { Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { type Section, SECTION_NAMES, SECTIONS, sectionOf } from '../sections'
import { highlight, type Segment, snippet } from '../search/highlight'
import { toTsqueryLiteral } from '../search/tokens'

export type SearchHit = { href: string; title: Segment[]; snippet: Segment[] }

export type SearchGroup = { section: Section; total: number; hits: SearchHit[] }

export type SearchResults = { total: number; groups: SearchGroup[] }

const HITS_PER_GROUP = 5
const HITS_OF_ONE_SECTION = 50

type Row = { collection: ContentCollectionSlug; slug: string; title: string; content: string; total: string | number }

type SearchArgs = { query: string; locale: Locale; section: Section | null }

/**
 * Published documents whose text in the reader's locale matches the query, grouped by section in the
 * header's order, titles matching first and then newest first, with the matches marked. The index holds
 * published versions only (see lib/search/searchIndex.ts); a locale finds its own texts, not the Chinese
 * originals that stand in for missing translations. Not cached: every query typed would be a cache entry
 * of its own, an unbounded store anyone could fill, and the GIN index answers in a few milliseconds.
 */
export async function searchPublished({ query, locale, section }: SearchArgs): Promise<SearchResults> {
  const tsquery = toTsqueryLiteral(query)
  if (!tsquery) return { total: 0, groups: [] }
  return groupedResults(await findMatchingRows({ tsquery, locale, section }), query, locale)
}

function groupedResults(rows: Row[], query: string, locale: Locale): SearchResults {
  const groups = new Map<Section, SearchGroup>()
  for (const row of rows) {
    const section = sectionOf(row.collection)
    const group = groups.get(section) ?? { section, total: Number(row.total), hits: [] }
    group.hits.push({
      href: `/${locale}/${group.section}/${row.slug}`,
      title: highlight(row.title, query),
      snippet: snippet(row.content, query),
    })
    groups.set(section, group)
  }
  const ordered = SECTION_NAMES.flatMap((section) => groups.get(section) ?? [])
  return { total: ordered.reduce((sum, group) => sum + group.total, 0), groups: ordered }
}

/**
 * One statement: the GIN index finds the matches, counting and ranking read only narrow columns, and
 * only each group's first rows are read in full. Every value is a bound parameter.
 */
async function findMatchingRows(args: { tsquery: string; locale: Locale; section: Section | null }): Promise<Row[]> {
  const payload = await getPortalPayload()
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const onlyCollection = args.section ? SECTIONS[args.section].collection : null
  const limit = onlyCollection ? HITS_OF_ONE_SECTION : HITS_PER_GROUP
  const result = await db.execute(sql`
    with matches as (
      select id, collection, published_at, title_tokens @@ ${args.tsquery}::tsquery as is_title_match,
        count(*) over (partition by collection) as total
      from search_entries
      where locale = ${args.locale}
        and tokens @@ ${args.tsquery}::tsquery
        and (${onlyCollection}::varchar is null or collection = ${onlyCollection}::varchar)
    ), ranked as (
      select id, total, row_number() over (
        partition by collection order by is_title_match desc, published_at desc nulls last, id desc
      ) as place
      from matches
    )
    select entry.collection, entry.slug, entry.title, entry.content, ranked.total
    from ranked
    -- offset 0 keeps this a lookup by primary key per shown row: the planner, misjudging how many rows
    -- pass place <= limit, otherwise joins by scanning the whole table.
    cross join lateral (
      select collection, slug, title, content from search_entries where id = ranked.id offset 0
    ) entry
    where ranked.place <= ${limit}
    order by entry.collection, ranked.place`)
  return result.rows as Row[]
}
