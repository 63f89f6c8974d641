import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { LOCALES } from './seedData'

type Locale = (typeof LOCALES)[number]
type Messages = { facts: Record<string, string>; detail: Record<string, string>; pages: Record<string, string> }

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8')) as Messages]),
) as Record<Locale, Messages>

/**
 * What the source says, written once in each locale's own form, with the year it refers to:
 * 预计全年生产总值增长6%左右 (about), 总投资过1100亿元 (more than).
 */
const FIGURES: Record<Locale, { gdp: string; keyProjects: string; year: string; target: string; qualifiers: RegExp }> = {
  en: { gdp: 'about 6%', keyProjects: 'over RMB 110 billion', year: '2023', target: '2024 target', qualifiers: /about|approx|over|more than/gi },
  zh: { gdp: '6%左右', keyProjects: '1100亿元以上', year: '2023年', target: '2024年目标', qualifiers: /约|左右|以上|超/g },
  ja: { gdp: '約6%', keyProjects: '1,100億元超', year: '2023年', target: '2024年目標', qualifiers: /約|前後|超|以上/g },
  ko: { gdp: '약 6%', keyProjects: '1,100억 위안 이상', year: '2023년', target: '2024년 목표', qualifiers: /약|내외|이상|초과/g },
}

for (const locale of LOCALES) {
  const expected = FIGURES[locale]

  test(`in ${locale}, the home figures carry one qualifier in the locale's own form, with their year`, async ({ page }) => {
    await page.goto(`/${locale}`)
    for (const value of [expected.gdp, expected.keyProjects]) {
      const figure = page.locator('[data-figure]').filter({ has: page.locator('[data-figure-value]', { hasText: value }) }).first()
      await expect(figure.locator('[data-figure-value]')).toHaveText(value)
      await expect(figure.locator('[data-figure-period]')).toContainText(expected.year)
      // The qualifier is written once: neither the label nor the value hedges a second time.
      expect(((await figure.innerText()).match(expected.qualifiers) ?? []).length, await figure.innerText()).toBe(1)
    }
  })

  test(`in ${locale}, the key projects' total says "more than", as the source does`, async ({ page }) => {
    await page.goto(`/${locale}/projects/key-projects-2023`)
    const facts = page.locator('dl').filter({ hasText: messages[locale].facts.investment }).first()
    await expect(facts.getByText(expected.keyProjects, { exact: true })).toBeVisible()
  })

  test(`in ${locale}, a target carries its year as a target`, async ({ page }) => {
    await page.goto(`/${locale}/industries/building-economy`)
    await expect(page.locator('[data-figure-period]', { hasText: expected.target }).first()).toBeVisible()
  })

  test(`in ${locale}, a news story shows the period its source supports, not the day it was imported`, async ({ page }) => {
    await page.goto(`/${locale}/news/international-cruises-resume`)
    const when = page.locator('dt', { hasText: messages[locale].facts.when }).locator('xpath=following-sibling::dd[1]')
    await expect(when).toHaveText(expected.year)
    // The page's own publication is shown as "last updated", apart from the story's period.
    const updatedPrefix = messages[locale].detail.updatedOn.split('{date}')[0]
    await expect(page.getByText(updatedPrefix, { exact: false }).first()).toBeVisible()
  })
}

test('an operating hospital offers to tell more and to ask an officer, not terms and incentives', async ({ page }) => {
  await page.goto('/en/projects/qilu-hospital-phase-2')
  await expect(page.getByRole('heading', { name: messages.en.pages.enquireTitleOperating })).toBeVisible()
  await expect(page.getByText(/terms|incentives/i)).toHaveCount(0)
})
