import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { searchPublished } from '@/lib/data/search'
import { toTsvectorLiteral } from '@/lib/search/tokens'
import * as wordBeginnings from '@/migrations/20261205_211051_search_word_beginnings'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

// This file's database is its own copy of the migrated template: rewriting the whole index here touches
// no other file's entries.
describe('the migration that indexes the beginnings of words', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('rewrites every entry stored before it, so that a typed beginning finds them', async () => {
    const db = payload.db.drizzle
    const marker = `zb${uniqueSuffix()}`
    // 1,201 entries, more than two of the migration's batches, written as the index stored words before:
    // each word once, without its beginnings.
    const count = 1201
    await db.execute(sql`
      insert into search_entries (collection, doc_id, locale, slug, title, content, published_at, tokens, title_tokens)
      select ${COLLECTION_SLUGS.news}, 900000 + n, 'en', 'before-beginnings-' || n, 'Logistics centre ' || ${marker}, 'Cold-chain warehousing', now(),
             to_tsvector('simple', 'logistics centre ' || ${marker} || ' cold chain warehousing'), to_tsvector('simple', 'logistics centre ' || ${marker})
      from generate_series(1, ${count}) n`)
    const matching = async (tsquery: string) =>
      Number((await db.execute(sql`select count(*) as n from search_entries where locale = 'en' and tokens @@ ${tsquery}::tsquery`)).rows[0].n)
    expect(await matching(`'wareh' & '${marker}'`)).toBe(0)

    await wordBeginnings.up({ db, payload, req: await createLocalReq({}, payload) } as unknown as Parameters<typeof wordBeginnings.up>[0])

    expect(await matching(`'wareh' & '${marker}'`)).toBe(count)
    const stored = await db.execute(sql`select tokens::text as tokens, title_tokens::text as title from search_entries where slug = 'before-beginnings-1'`)
    const asNormalised = async (literal: string) => String((await db.execute(sql`select ${literal}::tsvector::text as v`)).rows[0].v)
    expect(stored.rows[0].tokens).toBe(await asNormalised(toTsvectorLiteral(`Logistics centre ${marker}\nCold-chain warehousing`)))
    expect(stored.rows[0].title).toBe(await asNormalised(toTsvectorLiteral(`Logistics centre ${marker}`)))

    // What a visitor sees: the search finds them by the beginnings of two words, counted up to the cap.
    const results = await searchPublished({ query: `logist wareh ${marker}`, locale: 'en', section: null })
    expect(results.groups.map((group) => group.section)).toEqual(['news'])
    expect(results.isCapped).toBe(true)
  })
})
