// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis.
import 'next/dist/server/node-environment-baseline'

import type { Payload } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findComparisonFactSheet, findDocumentFactSheet } from '@/lib/data/factsheet'
import { factSheetResponse } from '@/lib/factsheet/response'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { absoluteUrl } from '@/lib/seo/siteUrl'
import { uniqueSuffix } from './fixtures'
import { installNextCache } from './nextCache'
import { getTestPayload } from './payload'

// Outside a request there is no draft mode to ask: a visitor's request, not an editor's preview.
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))

const AREAS = COLLECTION_SLUGS.areas

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(document, { mergePages: true })
  // The extractor may leave a space between two glyphs set apart; what a reader reads has none.
  return text.replace(/\s+/g, '')
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('a fact sheet (PDF) in the reader’s language', () => {
  let payload: Payload
  let uninstallNextCache: () => void
  const created: number[] = []
  const suffix = uniqueSuffix()
  const titles: Record<Locale, string> = {
    zh: `邮轮港区 ${suffix}`,
    en: `Cruise port district ${suffix}`,
    ja: `クルーズ港エリア ${suffix}`,
    ko: `크루즈 항만 지구 ${suffix}`,
  }
  const figureLabels: Record<Locale, string> = { zh: '地区生产总值增速', en: 'GDP growth', ja: '域内総生産の伸び率', ko: '지역 총생산 증가율' }
  const sources: Record<Locale, string> = { zh: '市北区统计局', en: 'Shibei Statistics Bureau', ja: '市北区統計局', ko: '스베이구 통계국' }
  const pageOfPages: Record<Locale, string> = { zh: '第1页，共1页', en: 'Page 1 of 1', ja: '1 / 1 ページ', ko: '1 / 1쪽' }
  let slug = ''

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ uninstall: uninstallNextCache } = installNextCache())
    const area = await payload.create({
      collection: AREAS,
      locale: 'zh',
      data: { title: titles.zh, summary: '市北区的港区。', keyFigures: [{ value: 6.4, unit: '%', year: 2024, label: figureLabels.zh, source: sources.zh }], _status: 'published' },
    })
    created.push(area.id)
    slug = area.slug!
    const rowId = area.keyFigures![0].id!
    for (const locale of ['en', 'ja', 'ko'] as const) {
      await payload.update({
        collection: AREAS,
        id: area.id,
        locale,
        data: { title: titles[locale], keyFigures: [{ id: rowId, value: 6.4, unit: '%', year: 2024, label: figureLabels[locale], source: sources[locale] }], _status: 'published' },
      })
    }
  })

  afterAll(async () => {
    uninstallNextCache()
    await payload.delete({ collection: AREAS, where: { id: { in: created } } })
  })

  it.each(LOCALE_CODES)('in %s: the title, a key figure with its year and source, and the page’s address', async (locale) => {
    const file = await findDocumentFactSheet({ section: 'areas', slug, locale })
    expect(file).not.toBeNull()
    expect(file!.pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await textOf(file!.pdf)
    expect(text).toContain(squeeze(titles[locale]))
    expect(text).toContain('6.4%')
    expect(text).toContain(squeeze(figureLabels[locale]))
    expect(text).toContain(squeeze(sources[locale]))
    expect(text).toContain(squeeze(absoluteUrl(`/${locale}/areas/${slug}`)))
    // Every page is numbered, in the reader's words, so that a printed dossier can be put back in order.
    expect(text).toContain(squeeze(pageOfPages[locale]))

    const response = await factSheetResponse(new Request('http://localhost/'), locale, file)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="${slug}-${locale}.pdf"`)
    const again = await factSheetResponse(new Request('http://localhost/', { headers: { 'If-None-Match': response.headers.get('etag')! } }), locale, file)
    expect(again.status).toBe(304)
  })

  it('is kept by shared caches only when it shows what is published, never an editor’s preview', async () => {
    const file = (await findDocumentFactSheet({ section: 'areas', slug, locale: 'zh' }))!
    expect(file.isPreview).toBe(false)
    expect((await factSheetResponse(new Request('http://localhost/'), 'zh', file)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect((await factSheetResponse(new Request('http://localhost/'), 'zh', { ...file, isPreview: true })).headers.get('cache-control')).toBe('private, no-store')
  })

  it('is kept until staff publish, then shows what they published', async () => {
    const first = await findDocumentFactSheet({ section: 'areas', slug, locale: 'en' })
    const kept = await findDocumentFactSheet({ section: 'areas', slug, locale: 'en' })
    expect(kept!.version).toBe(first!.version)

    const renamed = `Cruise and ferry district ${suffix}`
    await payload.update({ collection: AREAS, id: created[0], locale: 'en', publishSpecificLocale: 'en', data: { title: renamed, _status: 'published' } })
    const fresh = await findDocumentFactSheet({ section: 'areas', slug, locale: 'en' })
    expect(fresh!.version).not.toBe(first!.version)
    expect(await textOf(fresh!.pdf)).toContain(squeeze(renamed))
  })

  it('is not found for an unknown document, or a locale the document is not published in', async () => {
    expect(await findDocumentFactSheet({ section: 'areas', slug: `no-such-area-${suffix}`, locale: 'en' })).toBeNull()
    const chineseOnly = await payload.create({ collection: AREAS, locale: 'zh', draft: true, data: { title: `仅中文 ${suffix}`, _status: 'draft' } })
    created.push(chineseOnly.id)
    await payload.update({ collection: AREAS, id: chineseOnly.id, locale: 'zh', publishSpecificLocale: 'zh', data: { _status: 'published' } })
    expect(await findDocumentFactSheet({ section: 'areas', slug: chineseOnly.slug!, locale: 'zh' })).not.toBeNull()
    expect(await findDocumentFactSheet({ section: 'areas', slug: chineseOnly.slug!, locale: 'ko' })).toBeNull()

    const response = await factSheetResponse(new Request('http://localhost/'), 'ja', null)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('ファクトシート')
  })

  it('of a comparison: each item’s title and key figure, and the comparison’s address', async () => {
    const items = [{ section: 'areas' as const, slug }, { section: 'areas' as const, slug: `no-such-area-${suffix}` }]
    const file = await findComparisonFactSheet({ items, dropped: 0, locale: 'ja' })
    const text = await textOf(file!.pdf)
    expect(text).toContain(squeeze(titles.ja))
    expect(text).toContain('6.4%')
    expect(text).toContain(squeeze(absoluteUrl(`/ja/compare?items=areas:${slug}`)))
    expect(await findComparisonFactSheet({ items: items.slice(1), dropped: 0, locale: 'ja' })).toBeNull()
  })
})
