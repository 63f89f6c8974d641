import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'

import { CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import type { Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { type Section, SECTION_NAMES, sectionOf } from '../sections'
import { highlight, type Segment, snippet } from '../search/highlight'
import { cappedSearchStatement, SEARCH_COUNT_CAP, searchStatement, type SearchStatementArgs } from '../search/statement'
import { normalizedQuery, toTsqueryLiteral } from '../search/tokens'

export type SearchHit = { href: string; title: Segment[]; snippet: Segment[] }

/** A section's matches: `total` counts at most SEARCH_COUNT_CAP of them; `isCapped` when there are more. */
export type SearchGroup = { section: Section; total: number; isCapped: boolean; hits: SearchHit[] }

/** `total` adds up the groups' counts; `isCapped` when one of them was capped, so that it is a lower bound. */
export type SearchResults = { total: number; isCapped: boolean; groups: SearchGroup[] }

export { SEARCH_COUNT_CAP }

type Row = { collection: ContentCollectionSlug; slug: string | null; title: string | null; content: string | null; total: string | number }

type SearchArgs = { query: string; locale: Locale; section: Section | null }

const NO_RESULTS: SearchResults = { total: 0, isCapped: false, groups: [] }

/**
 * The search page's results: `searchPublished` kept in the data cache per locale, section and normalised
 * query (what the index and the highlighting see of it: `Shibei` and `shibei ` are one entry), with the
 * tags of every searchable collection, so that publishing, unpublishing or deleting a document of any of
 * them refreshes it (lib/cache/README.md). Real traffic repeats queries; a common term is also the
 * costliest to answer. Anyone can add entries by typing, so each is small: the groups' first hits, and
 * counts that stop at SEARCH_COUNT_CAP.
 */
export function findSearchResults({ query, locale, section }: SearchArgs): Promise<SearchResults> {
  const normalized = normalizedQuery(query)
  if (!normalized) return Promise.resolve(NO_RESULTS)
  const key = ['search', locale, section ?? '', normalized]
  // A query asked once is answered without writing an entry: a stream of one-off queries, typed or
  // generated, neither fills the cache's disk nor pays for the write.
  if (!isRepeated(key.join('\u0000'))) return searchOnce({ query: normalized, locale, section })
  return unstable_cache(() => searchOnce({ query: normalized, locale, section }), key, {
    tags: CONTENT_COLLECTION_SLUGS.map(CACHE_TAGS.collection),
  })()
}

/** The queries asked lately, at most SEEN_QUERIES of them, the least recent forgotten first. */
const SEEN_QUERIES = 5000
const seenQueries = new Set<string>()

/** True when `key` was asked before among the last SEEN_QUERIES distinct queries. */
function isRepeated(key: string): boolean {
  const wasSeen = seenQueries.delete(key)
  seenQueries.add(key)
  if (seenQueries.size > SEEN_QUERIES) seenQueries.delete(seenQueries.values().next().value as string)
  return wasSeen
}

const searchesUnderWay = new Map<string, Promise<SearchResults>>()

/**
 * `searchPublished`, shared by the requests that miss the cache for the same search at the same time: when
 * a term turns popular (or staff publish), the requests arriving before the first answer make one query,
 * not one each, which under load queued for PostgreSQL's connections until they timed out.
 */
function searchOnce(args: SearchArgs): Promise<SearchResults> {
  const key = JSON.stringify([args.locale, args.section, args.query])
  let underWay = searchesUnderWay.get(key)
  if (!underWay) {
    underWay = searchPublished(args).finally(() => searchesUnderWay.delete(key))
    searchesUnderWay.set(key, underWay)
  }
  return underWay
}

/**
 * Published documents whose text in the reader's locale matches the query, grouped by section in the
 * header's order, titles matching first and then newest first, with the matches marked. The index holds
 * published versions only (see lib/search/searchIndex.ts); a locale finds its own texts, not the Chinese
 * originals that stand in for missing translations. Read from the database every time: the page reads
 * it through `findSearchResults`.
 */
export async function searchPublished({ query, locale, section }: SearchArgs): Promise<SearchResults> {
  const tsquery = toTsqueryLiteral(query)
  if (!tsquery) return NO_RESULTS
  return groupedResults(await findMatchingRows({ tsquery, locale, section }), query, locale)
}

function groupedResults(rows: Row[], query: string, locale: Locale): SearchResults {
  const groups = new Map<Section, SearchGroup>()
  for (const row of rows) {
    const section = sectionOf(row.collection)
    const counted = Number(row.total)
    const group = groups.get(section) ?? { section, total: Math.min(counted, SEARCH_COUNT_CAP), isCapped: counted > SEARCH_COUNT_CAP, hits: [] }
    groups.set(section, group)
    if (row.slug === null || row.title === null) continue
    group.hits.push({
      href: `/${locale}/${group.section}/${row.slug}`,
      title: highlight(row.title, query),
      snippet: snippet(row.content ?? '', query),
    })
  }
  const ordered = SECTION_NAMES.flatMap((section) => groups.get(section) ?? [])
  return {
    total: ordered.reduce((sum, group) => sum + group.total, 0),
    isCapped: ordered.some((group) => group.isCapped),
    groups: ordered,
  }
}

/**
 * The matching rows, a group's count on each (lib/search/statement.ts): one index lookup when the query
 * matches at most SEARCH_COUNT_CAP documents in the locale, as one typed once does; the counts capped
 * per collection otherwise. The word indexes are one per locale (lib/search/table.ts): PostgreSQL takes
 * a word and a language to be independent, and with one index for all of them it read the whole table
 * for a word common in English searched in Chinese (2.7 s at 100,000 projects, past the statement
 * timeout); the Chinese index finds none in 2 ms.
 */
async function findMatchingRows(args: SearchStatementArgs): Promise<Row[]> {
  const payload = await getPortalPayload()
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const few = (await db.execute(searchStatement(args))).rows as (Row & { matched: string | number })[]
  if (few.length === 0 || Number(few[0].matched) <= SEARCH_COUNT_CAP) return few
  return (await db.execute(cappedSearchStatement(args))).rows as Row[]
}

