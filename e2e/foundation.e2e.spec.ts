import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

/** The portal's name in each locale, as the demo content names it. */
const HOME_HEADINGS: Record<string, string> = JSON.parse(
  readFileSync(new URL('../scripts/seed/data/globals/site.json', import.meta.url), 'utf8'),
).name

test.describe('the address bar', () => {
  for (const [acceptLanguage, expected] of [
    ['ja,en;q=0.8', '/ja'],
    ['ko-KR,ko;q=0.9', '/ko'],
    ['en-US,en;q=0.9', '/en'],
    ['fr-FR,fr;q=0.9', '/zh'],
  ] as const) {
    test(`/ sends a visitor whose browser asks for "${acceptLanguage}" to ${expected}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 })
      expect(response.status()).toBe(307)
      expect(new URL(response.headers().location, 'http://x').pathname).toBe(expected)
    })
  }
})

test.describe('the home page', () => {
  for (const [locale, heading] of Object.entries(HOME_HEADINGS)) {
    test(`renders in ${locale} with lang="${locale}" and the portal's name`, async ({ page }) => {
      const response = await page.goto(`/${locale}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    })
  }

  test('switches language and stays on the same page', async ({ page }) => {
    await page.goto('/en')
    await page.getByRole('link', { name: '日本語' }).click()
    await expect(page).toHaveURL(/\/ja$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    // The choice is remembered: the bare address now opens in Japanese, whatever the browser prefers.
    await page.goto('/')
    await expect(page).toHaveURL(/\/ja$/)
  })

  test('offers a filtered list in every language with the same filters', async ({ page }) => {
    await page.goto('/en/projects?stage=seeking-investment')
    await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', '/ko/projects?stage=seeking-investment')
    await page.getByRole('link', { name: '한국어' }).click()
    await expect(page).toHaveURL(/\/ko\/projects\?stage=seeking-investment$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  })
})

test.describe('pages that do not exist', () => {
  for (const [locale, title, menu] of [
    ['en', 'Page not found', 'Main navigation'],
    ['ja', 'ページが見つかりません', 'メインナビゲーション'],
  ] as const) {
    test(`answer 404 in ${locale}, rendered on the server`, async ({ page, request }) => {
      // A name no section or page has, a section's item under a name no section has, an internal list.
      for (const path of ['/no-such-page', '/no-such-section/an-item', '/lists/projects/all']) {
        const response = await request.get(`/${locale}${path}`)
        expect(response.status(), path).toBe(404)
        const html = await response.text()
        expect(html, path).toContain(`<html lang="${locale}"`)
        expect(html, path).toContain(title)
      }

      await page.goto(`/${locale}/no-such-page`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      // In the portal's frame: the visitor goes on from the sections, the search or another language.
      await expect(page.getByRole('navigation', { name: menu }).getByRole('link')).toHaveCount(7)
      await expect(page.getByRole('contentinfo')).toBeVisible()
    })
  }

  test('an unknown locale becomes a 404 in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/fr')
    expect(new URL(page.url()).pathname).toBe('/en/fr')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  })
})

/** The files the server's page cache holds (the production server of this checkout, without Redis). */
function pageCacheFiles(): string[] {
  const dir = '.next/server/route-cache'
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []
}

test('unknown slugs and filter values are answered without filling the page cache', async ({ page, request }) => {
  const unknown = `never-${randomBytes(4).toString('hex')}`
  for (const attempt of [1, 2]) expect((await request.get(`/en/projects/${unknown}`)).status(), `attempt ${attempt}`).toBe(404)
  const unknownIndustry = await request.get(`/en/projects?industry=${unknown}&stage=operating`, { maxRedirects: 0 })
  expect(unknownIndustry.status()).toBe(307)
  // The visitor lands on the list without the value that names nothing, and past the last page on the first.
  await page.goto(`/en/projects?industry=${unknown}&stage=operating`)
  await expect(page).toHaveURL(/\/en\/projects\?stage=operating$/)
  await page.goto('/en/news?page=9999')
  await expect(page).toHaveURL(/\/en\/news$/)
  // A value in another case is sent to the one cached page written as the filter form writes it.
  await page.goto('/en/projects?STAGE=operating&stage=Operating')
  await expect(page).toHaveURL(/\/en\/projects\?stage=operating$/)
  await page.goto('/en/rcep?country=jp')
  await expect(page).toHaveURL(/\/en\/rcep\?country=JP$/)

  // A combination that exists is kept: the second visit is served from the cache.
  await request.get('/en/projects?stage=operating')
  expect((await request.get('/en/projects?stage=operating')).headers()['x-nextjs-cache']).toBe('HIT')
  expect(pageCacheFiles().filter((file) => file.includes(unknown))).toEqual([])
})

test('a cached page is answered again from memory, but never in place of Next’s navigation data or another encoding', async ({ request }) => {
  const first = await request.get('/ko/talent')
  const again = await request.get('/ko/talent')
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await again.text()).toBe(await first.text())

  // The client router asks the same URL for the page's flight data: it must get that, not the kept HTML.
  const flight = await request.get('/ko/talent', { headers: { rsc: '1' } })
  expect(flight.headers()['content-type']).toContain('text/x-component')
  expect((await request.get('/ko/talent')).headers()['content-type']).toContain('text/html')

  const gzipped = await request.get('/ko/talent', { headers: { 'accept-encoding': 'gzip' } })
  expect(gzipped.headers()['content-encoding']).toBe('gzip')
  const plain = await request.get('/ko/talent', { headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  expect(await plain.text()).toBe(await first.text())
})

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ db: 'ok' })
})
