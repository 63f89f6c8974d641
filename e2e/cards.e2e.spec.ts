import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { LOCALES } from './seedData'

type Locale = (typeof LOCALES)[number]
type Messages = { facts: Record<string, string>; detail: Record<string, string>; notFound: Record<string, string>; nav: Record<string, string> }

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8')) as Messages]),
) as Record<Locale, Messages>

const en = messages.en

/** The card of a list whose title is `title`. */
const card = (page: Page, title: string) => page.locator('li.card').filter({ has: page.getByRole('link', { name: title, exact: true }) })

/** The value a card (or any dl) gives for a label. */
const factValue = (scope: ReturnType<typeof card>, label: string) => scope.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]')

test('a fund card shows its size and type, a project card its stage and area, a news card its period', async ({ page }) => {
  await page.goto('/en/funds')
  const fund = card(page, 'RMB 5 Billion Industry Development Fund')
  await expect(factValue(fund, en.facts.fundSize)).toHaveText('RMB 5 billion')
  await expect(fund.locator('.card-badge')).not.toBeEmpty()

  await page.goto('/en/projects')
  const project = card(page, 'Eastsoft Innovation Centre')
  await expect(project.locator('.card-badge')).toHaveText('Under construction')
  await expect(factValue(project, en.facts.area)).toHaveText('Old Sifang Industrial Area')

  await page.goto('/en/news')
  const story = card(page, 'International cruises return to Shibei, among the first in northern China')
  await expect(factValue(story, en.facts.when)).toHaveText('2023')
})

test('the home page and a list page say when they were last updated', async ({ page }) => {
  const prefix = en.detail.updatedOn.split('{date}')[0]
  for (const path of ['/en', '/en/projects']) {
    await page.goto(path)
    await expect(page.locator('[data-updated]')).toContainText(prefix)
  }
})

test('large headings have room between their lines (line height at least 1.2)', async ({ page }) => {
  for (const path of ['/en', '/ja/projects', '/ko/projects/qilu-hospital-phase-2']) {
    await page.goto(path)
    const ratios = await page.locator('h1, h2').evaluateAll((headings) =>
      headings.map((heading) => {
        const style = getComputedStyle(heading)
        return { text: heading.textContent, ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize) }
      }),
    )
    for (const { text, ratio } of ratios) expect(ratio, `${path}: ${text}`).toBeGreaterThanOrEqual(1.2)
  }
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  for (const locale of LOCALES) {
    test(`in ${locale}, the header takes at most 120 px, with search and languages behind one button`, async ({ page }) => {
      await page.goto(`/${locale}/projects`)
      const header = await page.locator('body > header').boundingBox()
      expect(header?.height).toBeLessThanOrEqual(120)
      const search = page.locator('body > header').getByRole('searchbox')
      await expect(search).toBeHidden()
      await page.getByText(messages[locale].nav.tools, { exact: true }).click()
      await expect(search).toBeVisible()
      await expect(page.getByRole('navigation', { name: messages[locale].nav.language })).toBeVisible()
    })
  }
})

test.describe('without JavaScript, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

  test('the search and language button still opens', async ({ page }) => {
    await page.goto('/ja')
    await page.getByText(messages.ja.nav.tools, { exact: true }).click()
    await expect(page.getByRole('searchbox')).toBeVisible()
  })
})

test('on a wide screen, search and languages stand in the header with no button', async ({ page }) => {
  await page.goto('/ko')
  await expect(page.getByRole('searchbox')).toBeVisible()
  await expect(page.getByText(messages.ko.nav.tools, { exact: true })).toBeHidden()
})

test('a project that does not exist answers 404 with a real title', async ({ page }) => {
  for (const locale of ['en', 'ja'] as const) {
    const response = await page.goto(`/${locale}/projects/no-such-project`)
    expect(response?.status()).toBe(404)
    await expect(page).toHaveTitle(new RegExp(`^${messages[locale].notFound.title} · `))
    // One title in the head: the layout's default name is not left beside the not-found page's.
    await expect(page.locator('title')).toHaveCount(1)
  }
})

test('a filter chip is written with the locale’s colon', async ({ page }) => {
  await page.goto('/ja/projects?stage=operating')
  await expect(page.getByRole('link', { name: /段階：運営中/ })).toBeVisible()
  await page.goto('/zh/projects?stage=operating')
  await expect(page.getByRole('link', { name: /阶段：/ })).toBeVisible()
})

test('a search snippet does not say the summary’s sentence twice', async ({ page }) => {
  await page.goto('/en/search?q=Conservatory')
  const sentence = 'In 2023 the Central Conservatory of Music located its Qingdao Music Centre in Guangxingli, Shibei.'
  const hit = page.locator('li').filter({ has: page.getByRole('link', { name: 'Central Conservatory of Music Qingdao Music Centre' }) })
  const text = (await hit.innerText()).replace(/\s+/g, ' ')
  expect(text.split(sentence).length - 1, text).toBeLessThanOrEqual(1)
})

test('the self-hosted Latin typeface loads without moving the layout', async ({ page }) => {
  // Cumulative layout shift of the load, as Lighthouse counts it: shifts not caused by input.
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShift: number }
    record.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.layoutShift += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto('/en')
  await page.evaluate(() => document.fonts.ready)
  const families = await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family))
  expect(families.some((family) => /latinFont/i.test(family)), families.join(', ')).toBe(true)
  expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThanOrEqual(0.05)
})

test('every card of a list has its own picture, and the home banner shows the district', async ({ page, request }) => {
  for (const section of ['projects', 'areas', 'industries']) {
    await page.goto(`/en/${section}`)
    const sources = await page.locator('.card img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).currentSrc || (image as HTMLImageElement).src))
    expect(sources.length, section).toBeGreaterThan(3)
    // Compared by their bytes, not their names: two files of one drawing would look the same to a reader.
    const digests = await Promise.all(
      sources.map(async (source) => {
        const response = await request.get(source)
        expect(response.status()).toBe(200)
        return createHash('sha256').update(await response.body()).digest('hex')
      }),
    )
    expect(new Set(digests).size, `${section}: ${sources.join(', ')}`).toBe(sources.length)
  }
  await page.goto('/en')
  const banner = page.locator('section').first().locator('svg[aria-hidden="true"]')
  await expect(banner).toBeVisible()
  expect((await banner.boundingBox())?.width).toBeGreaterThan(500)
})
