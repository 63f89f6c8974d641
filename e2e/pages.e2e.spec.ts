import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { LOCALES, seededDocuments, seededGlobal } from './seedData'

type Localized = Record<(typeof LOCALES)[number], string>
type HomeData = { headlineFigures: { label: Localized; year: number | null; source: Localized | null }[] }

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'))]),
) as Record<(typeof LOCALES)[number], { home: Record<string, string>; pages: Record<string, string> }>

const home = seededGlobal<HomeData>('home')

test.describe('the home page', () => {
  for (const locale of LOCALES) {
    test(`in ${locale}, every headline figure names its year and source, and an officer is one click away`, async ({ page }) => {
      await page.goto(`/${locale}`)
      const figures = page.getByRole('region', { name: messages[locale].home.figuresTitle })
      for (const figure of home.headlineFigures) {
        const card = figures.locator('dl > div').filter({ hasText: figure.label[locale] })
        if (figure.year) await expect(card).toContainText(String(figure.year))
        if (figure.source) await expect(card).toContainText(figure.source[locale])
      }
      const enquiry = page.getByRole('link', { name: messages[locale].home.contactTitle }).first()
      await expect(enquiry).toBeVisible()
      await expect(enquiry).toHaveAttribute('href', `/${locale}/enquire`)
    })
  }

  test('draws the growth rates as a chart with a name, keeping the numbers as text', async ({ page }) => {
    await page.goto('/en')
    const chart = page.getByRole('img', { name: 'Growth rates, 2023 (%)' })
    await expect(chart).toBeVisible()
    await expect(chart).toHaveAccessibleDescription(/GDP growth \(est\.\): about 6%/)
    await expect(chart.locator('text', { hasText: '17.5%' })).toHaveCount(1)
    // Amounts of money measure different things: they stay figures, not bars on one axis.
    await expect(page.getByRole('img', { name: /RMB/ })).toHaveCount(0)
  })

  test('the chart is named in the reader’s language', async ({ page }) => {
    await page.goto('/ko')
    await expect(page.getByRole('img', { name: '2023년 주요 증가율(%)' })).toBeVisible()
  })
})

test.describe('a detail page', () => {
  test('an industry shows its projects, its funds and the talent policies open to it', async ({ page }) => {
    await page.goto('/en/industries/port-industry-city')
    await expect(page.getByRole('heading', { name: 'Projects', level: 2 })).toBeVisible()
    await expect(page.locator('main a[href="/en/projects/china-northern-international-oil-gas-centre"]')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Funds', level: 2 })).toBeVisible()
    await expect(page.locator('main a[href="/en/funds/industry-development-fund"]')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Talent policies', level: 2 })).toBeVisible()
    // The seeded policies name no industry: they are district-wide, so every industry lists them.
    for (const policy of seededDocuments('talent-policies')) {
      await expect(page.locator(`main a[href="/en/talent/${policy.slug}"]`)).toBeVisible()
    }
  })

  // The source says 突破600亿元: more than, written once in each language's own form.
  const fundSizeOver = { ja: '600億元超', zh: '600亿元以上', ko: '600억 위안 이상', en: 'over RMB 60 billion' } as const
  for (const [locale, size] of Object.entries(fundSizeOver)) {
    test(`in ${locale}, an amount the source gives as a floor is written as its readers write it: ${size}`, async ({ page }) => {
      await page.goto(`/${locale}/funds/fund-ecosystem`)
      await expect(page.getByText(size, { exact: true })).toBeVisible()
    })
  }

  const landAreaInMu = { en: '260 mu (about 17.3 ha)', ja: '260ムー（約17.3ヘクタール）', ko: '260무(약 17.3ha)' } as const
  for (const [locale, size] of Object.entries(landAreaInMu)) {
    test(`in ${locale}, a land area in mu gives the whole plot in hectares too: ${size}`, async ({ page }) => {
      await page.goto(`/${locale}/projects/old-sifang-industrial-projects`)
      await expect(page.getByText(size, { exact: true })).toBeVisible()
    })
  }

  const enquiryLinks = [
    ['projects', 'eastsoft-innovation-centre', 'project'],
    ['funds', 'industry-development-fund', 'fund'],
    ['rcep', 'rcep-tax-service-centre', 'rcep'],
    ['talent', 'talent-attraction', 'talent'],
    ['areas', 'cruise-port-area', 'area'],
    ['industries', 'modern-finance', 'general'],
    ['news', 'rcep-tax-service-centre-opens', 'general'],
  ] as const
  for (const [section, slug, type] of enquiryLinks) {
    test(`/${section}/${slug} offers an enquiry of type "${type}" about itself`, async ({ page }) => {
      await page.goto(`/ja/${section}/${slug}`)
      const link = page.getByRole('link', { name: section === 'projects' ? messages.ja.pages.enquireAboutProject : messages.ja.pages.enquireAbout }).first()
      await expect(link).toBeVisible()
      const href = new URL((await link.getAttribute('href')) ?? '', 'http://x')
      expect(href.pathname).toBe('/ja/enquire')
      expect(href.searchParams.get('type')).toBe(type)
      expect(href.searchParams.get('subject')).toBe(slug)
    })
  }

  test('shows no invented contact: the seed names none, so no contact block appears', async ({ page }) => {
    await page.goto('/en/projects/eastsoft-innovation-centre')
    const enquiryCard = page.getByRole('region', { name: messages.en.pages.enquireTitle })
    await expect(enquiryCard).toContainText(/replies within 2 business days/)
    await expect(enquiryCard.getByRole('heading', { name: messages.en.pages.yourContact })).toHaveCount(0)
    await expect(enquiryCard.locator('a[href^="mailto:"], a[href^="tel:"]')).toHaveCount(0)
  })

  test('key figures carry their year, and pages without comparable rates draw no chart', async ({ page }) => {
    await page.goto('/en/industries/modern-finance')
    const figures = page.getByRole('region', { name: 'Key figures' })
    await expect(figures).toContainText('2023')
    await expect(figures).toContainText('at least 30 firms and institutions2024 target')
    await expect(page.getByRole('img', { name: /Growth rates/ })).toHaveCount(0)
  })

})
