import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import { LOCALE_CODES } from '@/lib/i18n/locales'
import { TARGET_LOCALES } from '@/lib/translation/state'
import { readDocuments } from '@/scripts/seed/dataFiles'
import { seedDemoContent } from '@/scripts/seed/index'
import { getTestPayload } from './payload'

const SEED_TIMEOUT_MS = 300_000

/** Paths of every non-empty string in a document, where a translation must hold text too. */
function textPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.trim() ? [path] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => textPaths(item, [...path, index]))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NON_TEXT_KEYS.has(key) ? [] : textPaths(item, [...path, key])))
  }
  return []
}

const NON_TEXT_KEYS = new Set(['id', 'slug', 'createdAt', 'updatedAt', 'publishedAt', '_status', 'translatedLocales', 'body', 'currency'])

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown> | undefined)?.[key], value)
}

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
        expect(docs.map((doc) => doc.slug).sort(), `${collection} in ${locale}`).toEqual([...slugs].sort())
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

  it('counts every seeded translation current with its Chinese source', async () => {
    const allCurrent = Object.fromEntries(TARGET_LOCALES.map((locale) => [locale, 'current']))
    for (const collection of CONTENT_COLLECTION_SLUGS) {
      const { docs } = await payload.find({ collection, depth: 0, pagination: false, draft: true, select: { translationState: true } })
      for (const doc of docs) expect(doc.translationState, `${collection} ${doc.id}`).toMatchObject(allCurrent)
    }
  })

  it('leaves no localized text of any field (figures, segments, enterprises, advantages…) untranslated', async () => {
    for (const collection of CONTENT_COLLECTION_SLUGS) {
      const where = { slug: { in: readDocuments(collection).map((doc) => doc.slug) } }
      const read = (locale: (typeof LOCALE_CODES)[number]) =>
        payload.find({ collection, where, locale, fallbackLocale: false, depth: 0, limit: 200, sort: 'slug' })
      const original = await read('zh')
      expect(original.docs, collection).toHaveLength(readDocuments(collection).length)
      for (const locale of LOCALE_CODES) {
        const translated = await read(locale)
        expect(translated.docs.map((doc) => doc.slug), `${collection} in ${locale}`).toEqual(original.docs.map((doc) => doc.slug))
        original.docs.forEach((doc, index) => {
          for (const path of textPaths(doc)) {
            expect(valueAt(translated.docs[index], path), `${collection}/${doc.slug} ${path.join('.')} in ${locale}`).toMatch(/\S/)
          }
        })
      }
    }
  })

  it('carries the report’s headline figures on the home page, in every locale', async () => {
    for (const locale of LOCALE_CODES) {
      const home = await payload.findGlobal({ slug: GLOBAL_SLUGS.home, locale, fallbackLocale: false, overrideAccess: false })
      const values = (home.headlineFigures ?? []).map((figure) => figure.value)
      // GDP growth ≈ 6%; 172 projects of ≥ 100 million yuan; 100 key projects of > 110 billion yuan
      expect(values, locale).toEqual(expect.arrayContaining([6, 172, 110_000_000_000]))
      for (const figure of home.headlineFigures ?? []) expect(figure.label, locale).toBeTruthy()
    }
  })

  it('gives the finance industry the report’s fund figures: 21 new funds, over 60 billion yuan', async () => {
    const { docs } = await payload.find({ collection: 'industries', where: { slug: { equals: 'modern-finance' } }, locale: 'en' })
    const values = (docs[0]?.keyFigures ?? []).map((figure) => figure.value)
    expect(values).toEqual(expect.arrayContaining([21, 60_000_000_000]))
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
    expect(docs).toHaveLength(readDocuments('areas').length)
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
