// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis (./nextCache).
import { installNextCache } from './nextCache'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findSearchResults, SEARCH_COUNT_CAP, type SearchResults } from '@/lib/data/search'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { countMessage } from '@/lib/search/counts'
import { toTsvectorLiteral } from '@/lib/search/tokens'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

const NEWS = COLLECTION_SLUGS.news

const titles = (results: SearchResults) => results.groups.flatMap((group) => group.hits.map((hit) => hit.title.map((segment) => segment.text).join('')))

/**
 * Entries written straight into the search index, as the synthetic catalogue of the bench is: no document,
 * no hook, no refresh. The words of `content` are found, but not in the title; each entry is a second
 * newer than the one before, from `publishedAt` (now by default).
 */
async function addIndexEntries(
  payload: Payload,
  { locale, title, content = '', count, firstId, publishedAt }: { locale: Locale; title: string; content?: string; count: number; firstId: number; publishedAt?: string },
) {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  await db.execute(sql`
    insert into search_entries (collection, doc_id, locale, slug, title, content, published_at, tokens, title_tokens)
    select ${NEWS}, ${firstId} + n, ${locale}, 'indexed-only-' || (${firstId} + n), ${title}, ${content},
           coalesce(${publishedAt ?? null}::timestamptz, now()) + n * interval '1 second',
           ${toTsvectorLiteral(`${title} ${content}`)}::tsvector, ${toTsvectorLiteral(title)}::tsvector
    from generate_series(0, ${count - 1}) n`)
}

describe('the search results are cached, and refreshed by a publish', () => {
  let payload: Payload
  let uninstallNextCache: () => void
  const marker = `zc${uniqueSuffix()}`

  beforeAll(async () => {
    payload = await getTestPayload()
    uninstallNextCache = installNextCache().uninstall
  })

  afterAll(() => uninstallNextCache())

  it('a repeated query is answered from the cache, whatever its case and spacing, until a matching document is published', async () => {
    const first = await payload.create({ collection: NEWS, locale: 'zh', data: { title: `Harbour logistics ${marker}`, _status: 'published' } })
    // Asked once, a query is answered without an entry: a stream of one-off queries writes nothing.
    expect(titles(await findSearchResults({ query: `harbour logistics ${marker}`, locale: 'zh', section: null }))).toEqual([`Harbour logistics ${marker}`])
    await addIndexEntries(payload, { locale: 'zh', title: `Harbour logistics park ${marker}`, count: 1, firstId: 899_000 })
    expect(titles(await findSearchResults({ query: `harbour logistics ${marker}`, locale: 'zh', section: null })).length).toBe(2)
    // Asked again, it is kept.
    expect(titles(await findSearchResults({ query: `harbour ${marker}`, locale: 'zh', section: null })).length).toBe(2)
    expect(titles(await findSearchResults({ query: `harbour ${marker}`, locale: 'zh', section: null })).length).toBe(2)

    // Written behind the portal's back: the cached answer does not see it, for the same query typed differently either.
    await addIndexEntries(payload, { locale: 'zh', title: `Harbour cold chain ${marker}`, count: 1, firstId: 900_000 })
    expect(titles(await findSearchResults({ query: `  HARBOUR   ${marker.toUpperCase()} `, locale: 'zh', section: null })).length).toBe(2)

    // An editor publishes a matching document: the next search shows it, and what was written meanwhile.
    const second = await payload.create({ collection: NEWS, locale: 'zh', data: { title: `Harbour expansion ${marker}`, _status: 'published' } })
    const refreshed = await findSearchResults({ query: `harbour ${marker}`, locale: 'zh', section: null })
    expect(new Set(titles(refreshed))).toEqual(new Set([`Harbour logistics ${marker}`, `Harbour logistics park ${marker}`, `Harbour cold chain ${marker}`, `Harbour expansion ${marker}`]))

    // Unpublishing refreshes it too.
    await payload.update({ collection: NEWS, id: second.id, data: { _status: 'draft' } })
    expect(titles(await findSearchResults({ query: `harbour ${marker}`, locale: 'zh', section: null }))).not.toContain(`Harbour expansion ${marker}`)
    await payload.delete({ collection: NEWS, where: { id: { in: [first.id, second.id] } } })
  })
})

describe('a common term’s counts stop at the cap', () => {
  let payload: Payload
  let uninstallNextCache: () => void
  const marker = `zk${uniqueSuffix()}`
  const matches = SEARCH_COUNT_CAP + 25

  /** What each locale's page reads, for a group, its link and the summary: "1,000+" in the locale's own words. */
  const EXPECTED: Record<Locale, { group: string; showAll: string; summary: string }> = {
    zh: { group: '1,000+ 条', showAll: '查看全部 1,000+ 条', summary: `“${marker}”共有 1,000+ 条结果` },
    en: { group: '1,000+ results', showAll: 'Show all 1,000+', summary: `1,000+ results for “${marker}”` },
    ja: { group: '1,000件以上', showAll: 'すべて表示（1,000件以上）', summary: `「${marker}」の検索結果：1,000件以上` },
    ko: { group: '1,000건 이상', showAll: '전체 보기(1,000건 이상)', summary: `‘${marker}’ 검색 결과 1,000건 이상` },
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    uninstallNextCache = installNextCache().uninstall
    for (const [index, locale] of LOCALE_CODES.entries()) {
      await addIndexEntries(payload, { locale, title: `${marker} 资讯 ${locale}`, count: matches, firstId: 1_000_000 + index * 10_000 })
    }
  })

  afterAll(() => uninstallNextCache())

  for (const locale of LOCALE_CODES) {
    it(`reads "1,000+" in ${locale}, with five of them shown`, async () => {
      const results = await findSearchResults({ query: marker, locale, section: null })
      const [group] = results.groups
      expect(results.groups.map(({ section, total, isCapped }) => ({ section, total, isCapped }))).toEqual([
        { section: 'news', total: SEARCH_COUNT_CAP, isCapped: true },
      ])
      expect(group.hits).toHaveLength(5)
      expect(results).toMatchObject({ total: SEARCH_COUNT_CAP, isCapped: true })

      const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'search' })
      expect(t(countMessage('groupCount', group.isCapped), { count: group.total })).toBe(EXPECTED[locale].group)
      expect(t(countMessage('showAll', group.isCapped), { count: group.total })).toBe(EXPECTED[locale].showAll)
      expect(t(countMessage('summary', results.isCapped), { count: results.total, query: marker })).toBe(EXPECTED[locale].summary)
    })
  }

  it('past the cap, the newest title matches come first, then the newest of the others', async () => {
    const term = `zr${uniqueSuffix()}`
    // More than the cap of documents holding the term in their text only, newer than the two with it in their title.
    await addIndexEntries(payload, { locale: 'ja', title: '港湾物流', content: term, count: SEARCH_COUNT_CAP + 2, firstId: 3_100_000, publishedAt: '2030-01-01T00:00:00Z' })
    await addIndexEntries(payload, { locale: 'ja', title: `${term} 港湾`, count: 2, firstId: 3_200_000, publishedAt: '2020-01-01T00:00:00Z' })
    const results = await findSearchResults({ query: term, locale: 'ja', section: null })
    expect(results.groups.map(({ section, total, isCapped }) => ({ section, total, isCapped }))).toEqual([{ section: 'news', total: SEARCH_COUNT_CAP, isCapped: true }])
    const shown = results.groups[0].hits.map((hit) => hit.href.split('/').pop())
    expect(shown).toEqual(['indexed-only-3200001', 'indexed-only-3200000', 'indexed-only-3101001', 'indexed-only-3101000', 'indexed-only-3100999'])
  })

  it('searches for the same term at the same time make one query', async () => {
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    const original = db.execute.bind(db)
    // A slow database, so that the second search surely arrives while the first is under way, however busy
    // the machine (the two otherwise race: on a loaded one the first could finish before the second began).
    const execute = vi.spyOn(db, 'execute').mockImplementation((async (...args: Parameters<typeof original>) => {
      await new Promise((resolve) => setTimeout(resolve, 300))
      return original(...args)
    }) as never)
    try {
      const [first, second] = await Promise.all([
        findSearchResults({ query: marker, locale: 'ko', section: 'news' }),
        findSearchResults({ query: ` ${marker.toUpperCase()}`, locale: 'ko', section: 'news' }),
      ])
      expect(second).toEqual(first)
      // The capped search is two statements: the one that finds more than the cap, then the counts per section.
      expect(execute).toHaveBeenCalledTimes(2)
    } finally {
      execute.mockRestore()
    }
  })

  it('a section asked for alone shows fifty of them, and a rarer term is counted exactly', async () => {
    const section = await findSearchResults({ query: marker, locale: 'en', section: 'news' })
    expect(section.groups.map(({ total, isCapped, hits }) => ({ total, isCapped, shown: hits.length }))).toEqual([
      { total: SEARCH_COUNT_CAP, isCapped: true, shown: 50 },
    ])
    await addIndexEntries(payload, { locale: 'en', title: `${marker}rare`, count: 3, firstId: 2_000_000 })
    const rare = await findSearchResults({ query: `${marker}rare`, locale: 'en', section: null })
    expect(rare).toMatchObject({ total: 3, isCapped: false, groups: [{ section: 'news', total: 3, isCapped: false }] })
    const t = createTranslator({ locale: 'en', messages: MESSAGES.en, namespace: 'search' })
    expect(t(countMessage('groupCount', false), { count: 3 })).toBe('3 results')
  })
})
