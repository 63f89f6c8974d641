import { expect, type Page, test } from '@playwright/test'

/** The count line each list shows ("13 results"), read as a number. */
const countOf = async (page: Page) => Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0] ?? 0)

// Each filter of SPEC §6 with a value that the demo content splits: fewer documents, and never a 500.
const FILTERS = [
  { section: 'projects', query: 'industry=technology-innovation' },
  { section: 'projects', query: 'area=cruise-port-area' },
  { section: 'projects', query: 'stage=operating' },
  { section: 'projects', query: 'min=50000000000' },
  { section: 'projects', query: 'max=50000000000' },
  { section: 'projects', query: 'q=Taidong' },
  { section: 'funds', query: 'type=ecosystem' },
  { section: 'funds', query: 'industry=modern-finance' },
  { section: 'rcep', query: 'type=tax' },
  { section: 'rcep', query: 'country=JP' },
  { section: 'talent', query: 'group=startup-founder' },
  { section: 'talent', query: 'category=talent-services' },
] as const

test.describe('every list filter', () => {
  for (const { section, query } of FILTERS) {
    test(`/en/${section}?${query} narrows the list and names the active filter`, async ({ page }) => {
      await page.goto(`/en/${section}`)
      const total = await countOf(page)
      const response = await page.goto(`/en/${section}?${query}`)
      expect(response?.status()).toBe(200)
      expect(await countOf(page)).toBeLessThan(total)
      await expect(page.getByRole('link', { name: /Remove filter/ })).toHaveCount(1)
    })
  }
})

test('an amount range typed the wrong way round says so in the page’s language, and keeps both amounts', async ({ page }) => {
  for (const [locale, hint] of [
    ['en', 'The minimum is above the maximum'],
    ['ja', '下限が上限を上回っています'],
  ] as const) {
    const response = await page.goto(`/${locale}/projects?min=500&max=10`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText(hint)).toBeVisible()
    await expect(page.locator('input[name="min"]')).toHaveValue('500')
    await expect(page.locator('input[name="max"]')).toHaveValue('10')
  }
  await page.goto('/en/projects?min=10&max=500')
  await expect(page.getByText('The minimum is above the maximum')).toHaveCount(0)
})

test('an amount’s chip writes it as the cards write money, not in the form’s unit of 100 million', async ({ page }) => {
  for (const [locale, from, upTo] of [
    ['en', 'Investment from RMB 500 million', 'Investment up to RMB 12 billion'],
    ['zh', '投资额不低于5亿元', '投资额不超过120亿元'],
    ['ja', '投資額5億元以上', '投資額120億元以下'],
    ['ko', '투자액 5억 위안 이상', '투자액 120억 위안 이하'],
  ] as const) {
    await page.goto(`/${locale}/projects?min=5&max=120`)
    for (const chip of [from, upTo]) await expect(page.getByRole('link', { name: chip })).toBeVisible()
  }
})
