import { expect, firstAdmin, signInToAdmin, test } from './support/staff'

/** The fund the seed publishes with its size in yuan (RMB 5 billion). */
const FUND = '/ja/funds/industry-development-fund'

/** The fund's size, as its facts show it. */
const fundSize = (page: import('@playwright/test').Page) => page.getByRole('definition').filter({ hasText: '50億元' }).first()

test('a Japanese page shows RMB alone until staff enter a yen rate, then the amount in yen with its date and source', async ({ page, adminApi }) => {
  await page.goto(FUND)
  await expect(fundSize(page)).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('≈')

  // A rate made up for this test; staff enter the real one, with its source, in Site settings.
  const saved = await adminApi.post('/api/globals/site?locale=zh', {
    data: { exchangeRates: [{ currency: 'JPY', quote: 'unitsPerYuan', rate: 20, date: '2026-12-01T12:00:00.000Z', source: '测试用汇率' }], _status: 'published' },
  })
  expect(saved.status()).toBe(200)
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
    const cleared = await adminApi.post('/api/globals/site?locale=zh', { data: { exchangeRates: [], _status: 'published' } })
    expect(cleared.status()).toBe(200)
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
