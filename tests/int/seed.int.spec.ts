import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import { LOCALE_CODES } from '@/lib/i18n/locales'
import { readDocuments } from '@/scripts/seed/dataFiles'
import { seedDemoContent } from '@/scripts/seed/index'
import { getTestPayload } from './payload'

const SEED_TIMEOUT_MS = 300_000

type Snapshot = Record<string, { count: number; updatedAt: string[] }>

async function snapshot(payload: Payload): Promise<Snapshot> {
  const entries = await Promise.all(
    CONTENT_COLLECTION_SLUGS.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        where: { slug: { in: readDocuments(collection).map((doc) => doc.slug) } },
        limit: 200,
        depth: 0,
        sort: 'slug',
        select: { updatedAt: true },
      })
      return [collection, { count: totalDocs, updatedAt: docs.map((doc) => doc.updatedAt) }] as const
    }),
  )
  return Object.fromEntries(entries)
}

describe('the demo content', () => {
  let payload: Payload
  let first: Snapshot

  beforeAll(async () => {
    payload = await getTestPayload()
    await seedDemoContent(payload)
    first = await snapshot(payload)
  }, SEED_TIMEOUT_MS)

  it('holds every document of the data files, published', async () => {
    for (const collection of CONTENT_COLLECTION_SLUGS) {
      const expected = readDocuments(collection).length
      expect(first[collection].count, collection).toBe(expected)
      const { totalDocs } = await payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: false })
      expect(totalDocs, collection).toBeGreaterThanOrEqual(expected)
    }
  })

  it('is written in every locale: no title, summary, body or SEO text falls back to Chinese', async () => {
    for (const collection of CONTENT_COLLECTION_SLUGS) {
      const slugs = readDocuments(collection).map((doc) => doc.slug)
      for (const locale of LOCALE_CODES) {
        const { docs } = await payload.find({
          collection,
          where: { slug: { in: slugs } },
          locale,
          fallbackLocale: false,
          limit: 200,
          depth: 0,
          select: { slug: true, title: true, summary: true, body: true, meta: true, translatedLocales: true },
        })
        for (const doc of docs) {
          const where = `${collection}/${doc.slug} in ${locale}`
          expect(doc.title, where).toBeTruthy()
          expect(doc.summary, where).toBeTruthy()
          expect(JSON.stringify(doc.body), where).toMatch(/"text":"[^"]/)
          expect(doc.meta?.title, where).toBeTruthy()
          expect(doc.meta?.description, where).toBeTruthy()
          expect([...(doc.translatedLocales ?? [])].sort(), where).toEqual([...LOCALE_CODES].sort())
        }
      }
    }
  })

  it('carries the report’s headline figures on the home page, in every locale', async () => {
    for (const locale of LOCALE_CODES) {
      const home = await payload.findGlobal({ slug: GLOBAL_SLUGS.home, locale, fallbackLocale: false, overrideAccess: false })
      const values = (home.headlineFigures ?? []).map((figure) => figure.value)
      // GDP growth ≈ 6%; 172 projects of ≥ 100 million yuan; 600+ national tech SMEs
      expect(values, locale).toEqual(expect.arrayContaining([6, 172, 600]))
      for (const figure of home.headlineFigures ?? []) expect(figure.label, locale).toBeTruthy()
    }
  })

  it('gives the finance industry the report’s fund figures: 21 new funds, over 60 billion yuan', async () => {
    const { docs } = await payload.find({ collection: 'industries', where: { slug: { equals: 'modern-finance' } }, locale: 'en' })
    const values = (docs[0]?.keyFigures ?? []).map((figure) => figure.value)
    expect(values).toEqual(expect.arrayContaining([21, 600]))
  })

  it('ties projects to their industry and area', async () => {
    const { docs } = await payload.find({
      collection: 'projects',
      where: { slug: { equals: 'eastsoft-innovation-centre' } },
      depth: 1,
      locale: 'ja',
    })
    const project = docs[0]
    expect(typeof project.industry === 'object' && project.industry?.slug).toBe('technology-innovation')
    expect(typeof project.area === 'object' && project.area?.slug).toBe('old-sifang-industrial-area')
  })

  it('gives every document an illustration with alt text in every locale', async () => {
    const { docs } = await payload.find({ collection: 'areas', depth: 1, locale: 'ko', fallbackLocale: false, limit: 50 })
    for (const area of docs) {
      const image = typeof area.heroImage === 'object' ? area.heroImage : null
      expect(Boolean(image?.alt), `${area.slug}`).toBe(true)
      expect(Boolean(image?.sizes?.card?.url), `${area.slug}`).toBe(true)
    }
  })

  it(
    'changes nothing when it runs a second time',
    async () => {
      await seedDemoContent(payload)
      expect(await snapshot(payload)).toEqual(first)
    },
    SEED_TIMEOUT_MS,
  )
})
