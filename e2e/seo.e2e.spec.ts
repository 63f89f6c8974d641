import { expect, type Page, test } from '@playwright/test'

import { LOCALES, SECTIONS, seededDocuments } from './seedData'

/** The `<url>` blocks of the sitemap, by their `<loc>` path. */
function sitemapEntries(xml: string): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [, block] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = block.match(/<loc>([^<]+)<\/loc>/)?.[1]
    if (loc) entries.set(new URL(loc).pathname, block)
  }
  return entries
}

/** hreflang → path of each alternate a sitemap entry names. */
function alternatesOf(block: string): Record<string, string> {
  const links = block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)
  return Object.fromEntries([...links].map(([, hreflang, href]) => [hreflang, new URL(href).pathname]))
}

/** What the alternates of the page at `path` (without its locale) must be. */
function expectedAlternates(path: string): Record<string, string> {
  return { ...Object.fromEntries(LOCALES.map((locale) => [locale, `/${locale}${path === '/' ? '' : path}`])), 'x-default': path }
}

async function headAlternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('hreflang') ?? '', element.getAttribute('href') ?? '']),
  )
  return Object.fromEntries(links.map(([hreflang, href]) => [hreflang, new URL(href).pathname]))
}

test.describe('the sitemap', () => {
  test('is served at /sitemap.xml without a locale redirect and lists every page in every locale with its alternates', async ({ request }) => {
    const response = await request.get('/sitemap.xml', { maxRedirects: 0 })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('xml')
    const entries = sitemapEntries(await response.text())

    const project = seededDocuments(SECTIONS.projects)[0]
    const pathsToCheck = ['/', ...Object.keys(SECTIONS).map((section) => `/${section}`), `/projects/${project.slug}`, '/support-finder']
    for (const path of pathsToCheck) {
      for (const locale of LOCALES) {
        const block = entries.get(`/${locale}${path === '/' ? '' : path}`)
        expect(block, `${locale} ${path}`).toBeDefined()
        expect(alternatesOf(block ?? ''), `${locale} ${path}`).toEqual(expectedAlternates(path))
        expect(block, `${locale} ${path}`).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/)
      }
    }
  })

  test('lists every published document of the demo content', async ({ request }) => {
    const entries = sitemapEntries(await (await request.get('/sitemap.xml')).text())
    for (const [section, collection] of Object.entries(SECTIONS)) {
      for (const doc of seededDocuments(collection)) {
        expect(entries.has(`/ko/${section}/${doc.slug}`), `/ko/${section}/${doc.slug}`).toBe(true)
      }
    }
  })
})

test('robots.txt keeps crawlers out of the admin, the API and partner pages, and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  const robots = await response.text()
  expect(robots).toMatch(/^Disallow: \/admin$/m)
  expect(robots).toMatch(/^Disallow: \/api$/m)
  expect(robots).toMatch(/^Disallow: \/\*\/partner$/m)
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m)
})

test('a detail page names its canonical URL, its four translations and x-default, and shares the editor’s SEO title', async ({ page }) => {
  const project = seededDocuments(SECTIONS.projects)[0]
  await page.goto(`/ja/projects/${project.slug}`)
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/ja/projects/${project.slug}$`))
  expect(await headAlternates(page)).toEqual(expectedAlternates(`/projects/${project.slug}`))
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', project.seo?.title.ja ?? '')
  await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute('content', project.seo?.description.ja ?? '')
  await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP')
  await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', canonical ?? '')
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', /summary/)
})

test('a filtered list names the unfiltered list as its canonical URL', async ({ page }) => {
  await page.goto('/en/projects?stage=operating&q=centre')
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
  expect(new URL(canonical ?? '').pathname + new URL(canonical ?? '').search).toBe('/en/projects')
  expect(await headAlternates(page)).toEqual(expectedAlternates('/projects'))
})

test('a news page is an Open Graph article with NewsArticle structured data that parses', async ({ page }) => {
  const news = seededDocuments(SECTIONS.news)[0]
  await page.goto(`/en/news/${news.slug}`)
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article')
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  const articles = scripts.map((text) => JSON.parse(text) as Record<string, unknown>).filter((data) => data['@type'] === 'NewsArticle')
  expect(articles).toHaveLength(1)
  const [article] = articles
  expect(article.headline).toBe(news.title.en)
  expect(article.inLanguage).toBe('en')
  expect(Date.parse(String(article.datePublished))).not.toBeNaN()
  expect(Date.parse(String(article.dateModified))).not.toBeNaN()
  expect(article.mainEntityOfPage).toMatchObject({ '@id': expect.stringMatching(new RegExp(`/en/news/${news.slug}$`)) })
  expect(article.publisher).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Invest Shibei' })
})

test('the home page describes the bureau as a government organisation', async ({ page }) => {
  await page.goto('/ko')
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  const organisation = scripts.map((text) => JSON.parse(text) as Record<string, unknown>).find((data) => data['@type'] === 'GovernmentOrganization')
  expect(organisation).toMatchObject({ name: '스베이 투자 가이드', url: expect.stringMatching(/\/ko$/) })
  await expect(page).toHaveTitle('스베이 투자 가이드')
})
