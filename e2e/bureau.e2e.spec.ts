import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { LOCALES, seededGlobal } from './seedData'

type Locale = (typeof LOCALES)[number]
type PageTexts = { title: string }
type Messages = {
  footer: Record<'about' | 'contact' | 'privacy' | 'accessibility' | 'partnerSignIn' | 'bureauPages' | 'living', string>
  living: { title: string }
  bureau: { about: PageTexts; contact: PageTexts & { noDetails: string; formLink: string }; privacy: PageTexts; accessibility: PageTexts }
  enquire: { privacyLink: string }
}
type SiteData = { name: Record<Locale, string>; bureauName: Record<Locale, string> | null; address: unknown; officeHours: unknown; mapUrl: unknown; contact: { email: unknown; phone: unknown } }

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'))]),
) as Record<Locale, Messages>
const site = seededGlobal<SiteData>('site')
const PAGES = ['about', 'contact', 'privacy', 'accessibility'] as const

test.describe('the bureau, visible', () => {
  for (const locale of LOCALES) {
    test(`in ${locale}, the footer names the bureau and leads to the about, contact, privacy and accessibility pages`, async ({ page }) => {
      const m = messages[locale]
      const bureauName = site.bureauName?.[locale] ?? site.name[locale]
      for (const name of PAGES) {
        await page.goto(`/${locale}`)
        const footer = page.getByRole('contentinfo')
        await expect(footer).toContainText(bureauName)
        await footer.getByRole('navigation', { name: m.footer.bureauPages }).getByRole('link', { name: m.footer[name], exact: true }).click()
        await expect(page).toHaveURL(`/${locale}/${name}`)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.bureau[name].title)
        await expect(page).toHaveTitle(new RegExp(`^${m.bureau[name].title} · `))
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/${name}$`))
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/)
      }
      await expect(page.getByRole('contentinfo').getByRole('link', { name: m.footer.partnerSignIn })).toHaveAttribute('href', `/${locale}/partner/sign-in`)
    })
  }

  test('the contact page hides the lines the source does not support, and leads to the form', async ({ page }) => {
    // The source article names no address, phone, e-mail, office hours or map: the seed leaves them empty.
    expect([site.address, site.officeHours, site.mapUrl, site.contact.email, site.contact.phone].every((value) => value === null)).toBe(true)
    await page.goto('/en/contact')
    const main = page.getByRole('main')
    for (const line of ['address', 'phone', 'email', 'hours', 'map']) await expect(page.locator(`[data-contact="${line}"]`)).toHaveCount(0)
    await expect(main.getByText(messages.en.bureau.contact.noDetails)).toBeVisible()
    await main.getByRole('link', { name: messages.en.bureau.contact.formLink }).click()
    await expect(page).toHaveURL('/en/enquire')
  })

  test('the enquiry form’s consent refers to the full privacy notice', async ({ page }) => {
    await page.goto('/zh/enquire')
    await page.getByRole('link', { name: messages.zh.enquire.privacyLink }).click()
    await expect(page).toHaveURL('/zh/privacy')
    await expect(page.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/)
  })

  test('the sitemap lists the four pages in every locale', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const locale of LOCALES) for (const name of PAGES) expect(sitemap).toContain(`/${locale}/${name}</loc>`)
  })
})

type LivingData = {
  intro: Record<Locale, string>
  topics: { heading: Record<Locale, string>; figures: { label: Record<Locale, string>; year: number; source: Record<Locale, string> }[] }[]
}
const living = seededGlobal<LivingData>('living')

test.describe('living and working here', () => {
  for (const locale of LOCALES) {
    test(`in ${locale}, the footer leads to the schools, healthcare, culture and jobs the report names, each figure with its year and source`, async ({ page }) => {
      const m = messages[locale]
      await page.goto(`/${locale}/about`)
      await page.getByRole('contentinfo').getByRole('link', { name: m.footer.living, exact: true }).click()
      await expect(page).toHaveURL(`/${locale}/living`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.living.title)
      await expect(page).toHaveTitle(new RegExp(`^${m.living.title} · `))
      await expect(page.getByRole('main')).toContainText(living.intro[locale])
      await expect(page.locator('article').getByRole('heading', { level: 2 })).toHaveText(living.topics.map((topic) => topic.heading[locale]))
      const schools = page.getByRole('region', { name: living.topics[0].heading[locale] })
      const firstFigure = living.topics[0].figures[0]
      const figure = schools.locator('[data-figure]').filter({ hasText: firstFigure.label[locale] })
      await expect(figure.locator('[data-figure-period]')).toContainText(String(firstFigure.year))
      await expect(figure.locator('[data-figure-period]')).toContainText(firstFigure.source[locale])
    })
  }

  test('is in the sitemap in every locale', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const locale of LOCALES) expect(sitemap).toContain(`/${locale}/living</loc>`)
  })
})

test.describe('the country list', () => {
  test('in zh names 中国台湾, 中国香港 and 中国澳门, and lists the RCEP members first', async ({ page }) => {
    await page.goto('/zh/enquire')
    const options = page.locator('#enquiry-country option')
    const names = (await options.allTextContents()).slice(1)
    for (const name of ['中国台湾', '中国香港', '中国澳门']) expect(names).toContain(name)
    expect(names).not.toContain('台湾')
    const codes = (await options.evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value))).slice(1)
    const rcep = ['AU', 'BN', 'KH', 'CN', 'ID', 'JP', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'KR', 'TH', 'VN']
    expect(new Set(codes.slice(0, rcep.length))).toEqual(new Set(rcep))
    expect(names[0]).toBe('澳大利亚')
  })

  test('in en, ja and ko names Taiwan as PRC government sites do', async ({ page }) => {
    const expected = { en: 'Taiwan, China', ja: '中国台湾', ko: '중국 대만' }
    for (const [locale, name] of Object.entries(expected)) {
      await page.goto(`/${locale}/enquire`)
      await expect(page.locator('#enquiry-country option', { hasText: name })).toHaveCount(1)
    }
  })
})
