import { expect, test } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'

import { seededDocuments } from './seedData'

const area = seededDocuments('areas').find((doc) => doc.slug === 'cruise-port-area')!

/** What a reader reads in the PDF, without the spaces an extractor may leave between glyphs. */
async function textOf(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })
  return text.replace(/\s+/g, '')
}

const FIGURES = {
  ja: { label: '2023年に始動したプロジェクト', value: '9件', download: 'ファクトシートをダウンロード（PDF）' },
  ko: { label: '2023년착수프로젝트', value: '9건', download: '팩트시트 다운로드(PDF)' },
} as const

for (const locale of ['ja', 'ko'] as const) {
  test(`a reader downloads an area's fact sheet in ${locale}: its title, a key figure and the page's address`, async ({ page }) => {
    await page.goto(`/${locale}/areas/${area.slug}`)
    const link = page.getByRole('link', { name: FIGURES[locale].download })
    const href = (await link.getAttribute('href'))!
    expect(href).toBe(`/${locale}/areas/${area.slug}/factsheet.pdf`)

    const response = await page.request.get(href)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect(response.headers()['content-disposition']).toBe(`inline; filename="${area.slug}-${locale}.pdf"`)
    const text = await textOf(await response.body())
    expect(text).toContain(area.title[locale].replace(/\s+/g, ''))
    expect(text).toContain(FIGURES[locale].label)
    expect(text).toContain(FIGURES[locale].value)
    expect(text).toContain(`/${locale}/areas/${area.slug}`)
  })
}

test('a comparison’s fact sheet holds each item, and an unknown item’s is not found', async ({ page }) => {
  const [project] = seededDocuments('projects')
  await page.goto(`/ko/compare?items=projects:${project.slug},areas:${area.slug}`)
  const response = await page.request.get((await page.getByRole('link', { name: FIGURES.ko.download }).getAttribute('href'))!)
  expect(response.headers()['content-type']).toBe('application/pdf')
  const text = await textOf(await response.body())
  for (const title of [project.title.ko, area.title.ko]) expect(text).toContain(title.replace(/\s+/g, ''))
  expect(text).toContain(FIGURES.ko.value)

  const missing = await page.request.get(`/ko/areas/no-such-area/factsheet.pdf`)
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toContain('팩트시트')
})
