import type { APIRequestContext, Page } from '@playwright/test'

import { expect, firstAdmin, signInToAdmin, test } from './support/staff'

// The tests here change the site's rates: one at a time.
test.describe.configure({ mode: 'serial' })

/** Saves the site's exchange rates as staff do; an empty list clears them. */
async function saveRates(adminApi: APIRequestContext, exchangeRates: Record<string, unknown>[]) {
  const saved = await adminApi.post('/api/globals/site?locale=zh', { data: { exchangeRates, _status: 'published' } })
  expect(saved.status()).toBe(200)
}

/** A euro rate made up for the tests (8 yuan a euro: RMB 5 billion ≈ €625m). */
const EURO_RATE = { currency: 'EUR', quote: 'yuanPerUnit', rate: 8, date: '2026-12-01T12:00:00.000Z', source: 'Test rate' }
const EN_FUND = '/en/funds/industry-development-fund'
const IN_EUROS = /≈ €625m at the rate of 1 December 2026/i

/** The English page of the fund once the site's new rate shows: RMB alone, and the choice of currency. */
async function openChooser(page: Page) {
  const chooser = page.getByLabel('Convert amounts to')
  await expect(async () => {
    await page.goto(EN_FUND)
    await expect(chooser).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByRole('main')).not.toContainText('≈')
  return chooser
}

/** The fund the seed publishes with its size in yuan (RMB 5 billion). */
const FUND = '/ja/funds/industry-development-fund'

/** The fund's size, as its facts show it. */
const fundSize = (page: import('@playwright/test').Page) => page.getByRole('definition').filter({ hasText: '50億元' }).first()

test('a Japanese page shows RMB alone until staff enter a yen rate, then the amount in yen with its date and source', async ({ page, adminApi }) => {
  await page.goto(FUND)
  await expect(fundSize(page)).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('≈')

  // A rate made up for this test; staff enter the real one, with its source, in Site settings.
  await saveRates(adminApi, [{ currency: 'JPY', quote: 'unitsPerYuan', rate: 20, date: '2026-12-01T12:00:00.000Z', source: '测试用汇率' }])
  try {
    await expect(async () => {
      await page.goto(FUND)
      await expect(fundSize(page)).toContainText('（≈￥1,000億、2026年12月1日のレートで換算）', { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    await expect(page.getByText('外貨額は2026年12月1日のレートで換算した参考値です。出典：测试用汇率')).toBeVisible()
    // The list's card converts it too; a Chinese page, whose readers need no conversion, does not.
    await page.goto('/ja/funds')
    await expect(page.getByRole('main')).toContainText('≈￥1,000億')
    await page.goto('/zh/funds/industry-development-fund')
    await expect(page.getByRole('main')).not.toContainText('≈')
  } finally {
    await saveRates(adminApi, [])
  }
})

test('staff find the exchange rates and the open-data licence in Site settings', async ({ page }) => {
  await signInToAdmin(page, firstAdmin())
  await page.goto('/admin/globals/site')
  await expect(page.getByText('Exchange rates', { exact: true }).first()).toBeVisible()
  await expect(page.getByText('Open data', { exact: true }).first()).toBeVisible()
  // Payload renders a form's fields only as they scroll into view: the editor scrolls down to them.
  await expect(async () => {
    await page.getByText('Open data', { exact: true }).first().scrollIntoViewIfNeeded()
    await expect(page.locator('#field-openDataLicence')).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
})

test('a reader on an English page chooses euros once staff enter a euro rate, and sees amounts in euros on other pages and after a reload', async ({ page, adminApi }) => {
  await saveRates(adminApi, [EURO_RATE])
  try {
    const chooser = await openChooser(page)
    await expect(chooser.getByRole('option')).toHaveText(['No conversion (RMB only)', 'Euro (EUR)'])
    // Chosen before the page's script is ready, the choice is made again.
    await expect(async () => {
      await chooser.selectOption('EUR')
      await expect(page.getByRole('definition').filter({ hasText: 'RMB 5 billion' }).first()).toContainText(IN_EUROS, { timeout: 1000 })
    }).toPass({ timeout: 10_000 })
    await expect(page.getByText('Converted at the rate of 1 December 2026, for reference only. Source: Test rate.')).toBeVisible()

    await page.goto('/en/funds')
    await expect(page.getByRole('main')).toContainText(IN_EUROS)
    await page.reload()
    await expect(page.getByRole('main')).toContainText(IN_EUROS)
    await page.goto('/en/compare?items=funds:industry-development-fund')
    await expect(page.getByRole('main')).toContainText(IN_EUROS)
    await expect(page.getByText('Converted at the rate of 1 December 2026, for reference only. Source: Test rate.')).toBeVisible()

    await page.goto(EN_FUND)
    await expect(page.getByRole('main')).toContainText(IN_EUROS)
    await expect(chooser).toHaveValue('EUR')
    await chooser.selectOption('CNY')
    await expect(page.getByRole('main')).not.toContainText('≈')
    await expect(page.getByText('Converted at the rate of')).toBeHidden()
  } finally {
    await saveRates(adminApi, [])
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the reader chooses euros through the form, and the page comes in euros', async ({ page, adminApi }) => {
    await saveRates(adminApi, [EURO_RATE])
    try {
      const chooser = await openChooser(page)
      await chooser.selectOption('EUR')
      await page.getByRole('button', { name: 'Show', exact: true }).click()
      await expect(page).toHaveURL(/\/en\/funds\/industry-development-fund\?currency=EUR$/)
      await expect(page.getByRole('definition').filter({ hasText: 'RMB 5 billion' }).first()).toContainText(IN_EUROS)
      await expect(page.getByText('Converted at the rate of 1 December 2026, for reference only. Source: Test rate.')).toBeVisible()
      await expect(chooser).toHaveValue('EUR')
      // Only the portal's currencies have a page.
      expect((await page.goto(`${EN_FUND}?currency=XYZ`))?.status()).toBe(404)
    } finally {
      await saveRates(adminApi, [])
    }
  })
})
