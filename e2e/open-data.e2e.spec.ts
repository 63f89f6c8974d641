import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { seededDocuments } from './seedData'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** The titles the seed publishes in a collection, in a locale. */
const seededTitles = (collection: string, locale: 'zh' | 'en') => seededDocuments(collection).map((doc) => doc.title[locale] ?? doc.title.zh)

for (const [locale, heading] of [
  ['zh', '开放数据'],
  ['en', 'Open data'],
] as const) {
  test(`in ${locale}, the open-data page lists every dataset, passes axe, and each of its links answers`, async ({ page, request }) => {
    const response = await page.goto(`/${locale}/open-data`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    // The footer leads here on every page.
    await expect(page.locator('footer').getByRole('link', { name: heading })).toHaveAttribute('href', `/${locale}/open-data`)

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => violation.id)).toEqual([])

    const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    expect(hrefs).toContain('/api/open/projects.csv?locale=ja')
    expect(hrefs).toContain('/api/open/openapi.json')
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200)
  })
}

test('the datasets parse and hold the published items, and a wrong address says why', async ({ request }) => {
  const json = await request.get('/api/open/projects.json?locale=en')
  expect(json.headers()['content-type']).toContain('application/json')
  const body = (await json.json()) as { locale: string; total: number; items: { title: string; slug: string }[]; fields: { name: string }[] }
  expect(body.locale).toBe('en')
  // Other specs may publish projects of their own meanwhile: the seed's are there, each once.
  const titles = body.items.map((item) => item.title)
  for (const title of seededTitles('projects', 'en')) expect(titles.filter((each) => each === title), title).toHaveLength(1)
  expect(body.total).toBe(body.items.length)
  expect(body.fields.map((field) => field.name)).not.toContain('translationState')

  const csv = await request.get('/api/open/funds.csv?locale=zh')
  expect(csv.headers()['content-type']).toContain('text/csv')
  const text = await csv.text()
  const [header, ...rows] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
  expect(header.split(',')).toEqual(expect.arrayContaining(['title', 'fundSize', 'url']))
  for (const title of seededTitles('funds', 'zh')) expect(text).toContain(title)
  expect(rows.length).toBeGreaterThanOrEqual(seededTitles('funds', 'zh').length)

  const openApi = await request.get('/api/open/openapi.json')
  expect(((await openApi.json()) as { openapi: string }).openapi).toBe('3.1.0')

  const unknownSection = await request.get('/api/open/enquiries.json')
  expect(unknownSection.status()).toBe(404)
  expect(await unknownSection.text()).toContain('projects.json')
  const unknownLocale = await request.get('/api/open/projects.json?locale=fr')
  expect(unknownLocale.status()).toBe(400)
  expect(await unknownLocale.text()).toContain('zh, en, ja, ko')
})
