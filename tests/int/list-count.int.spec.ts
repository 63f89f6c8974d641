// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis (./nextCache).
import { installNextCache } from './nextCache'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { createTranslator } from 'next-intl'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findPublishedCards, LIST_COUNT_CAP } from '@/lib/data/cards'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

const NEWS = COLLECTION_SLUGS.news
const PAGE_SIZE = 12
const MATCHES = LIST_COUNT_CAP + 10

/** What a list reads above its cards and under them, past the cap, in each locale. */
const EXPECTED: Record<Locale, { count: string; page: string }> = {
  zh: { count: '共 1,000+ 项', page: '第3页' },
  en: { count: '1,000+ results', page: 'Page 3' },
  ja: { count: '1,000件以上', page: '3ページ目' },
  ko: { count: '1,000건 이상', page: '3 페이지' },
}

describe('a list counts its matches up to the cap', () => {
  let payload: Payload
  let uninstallNextCache: () => void
  const marker = `lc${uniqueSuffix()}`
  const ofThisTest: Where = { slug: { like: `${marker}-` } }

  beforeAll(async () => {
    payload = await getTestPayload()
    uninstallNextCache = installNextCache().uninstall
    // Written straight into the tables, as the bench's synthetic catalogue is: 1,010 news published in
    // Chinese and English, the first the newest (a minute apart).
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    await db.execute(sql`
      with copies as (
        insert into news (slug, published_at)
        select ${marker} || '-' || n, now() - n * interval '1 minute' from generate_series(1, ${MATCHES}::integer) n
        returning id, slug
      )
      insert into news_locales (_locale, _parent_id, _status, title)
      select locale, id, 'published', 'Capped ' || slug from copies, unnest(array['zh', 'en']::_locales[]) locale`)
  })

  afterAll(() => uninstallNextCache())

  const list = (locale: Locale, page: number, where: Where = ofThisTest) =>
    findPublishedCards({ collection: NEWS, locale, where, page, limit: PAGE_SIZE, isCached: false })

  it('says "1,000+" past the cap, with no last page, and the newest first', async () => {
    const first = await list('en', 1)
    expect(first).toMatchObject({ totalDocs: LIST_COUNT_CAP, isCapped: true, totalPages: null, hasNextPage: true, page: 1 })
    expect(first.cards.map((card) => card.slug)).toEqual(Array.from({ length: PAGE_SIZE }, (_, index) => `${marker}-${index + 1}`))
    // A page beyond what the cap alone would reach still knows that one follows.
    expect(await list('en', 84)).toMatchObject({ isCapped: true, hasNextPage: true })
  })

  it('counts exactly on the page where the matches end, and under the cap', async () => {
    const last = await list('en', 85)
    expect(last).toMatchObject({ totalDocs: MATCHES, isCapped: false, totalPages: 85, hasNextPage: false })
    expect(last.cards.map((card) => card.slug)).toEqual([`${marker}-1009`, `${marker}-1010`])

    // Eleven fewer than the cap: the 1,010 less its newest eleven.
    const fewer = await list('zh', 1, { and: [ofThisTest, { publishedAt: { less_than: (await list('zh', 1)).cards[10].publishedAt } }] })
    expect(fewer).toMatchObject({ totalDocs: LIST_COUNT_CAP - 1, isCapped: false, totalPages: 84, hasNextPage: true })
  })

  it('counts only what is published in the locale', async () => {
    expect(await list('ja', 1)).toMatchObject({ totalDocs: 0, isCapped: false, totalPages: 0, hasNextPage: false, cards: [] })
  })

  for (const locale of LOCALE_CODES) {
    it(`reads "1,000+" and a page without a total in ${locale}`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'list' })
      expect(t('countCapped', { count: LIST_COUNT_CAP })).toBe(EXPECTED[locale].count)
      expect(t('page', { page: 3 })).toBe(EXPECTED[locale].page)
    })
  }
})
