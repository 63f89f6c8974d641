import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

/** How many policies, funds and services the page offers, as its status line counts them. */
async function offeredCount(page: Page): Promise<number> {
  return Number(await page.getByRole('status').getAttribute('data-support-count'))
}

test('without JavaScript, the finder narrows as answers are added, and "ask an officer" pre-fills the enquiry with what it found', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en')
  await page.getByRole('link', { name: 'What support can I get?' }).click()
  await expect(page).toHaveURL(/\/en\/support-finder$/)
  const counts = [await offeredCount(page)]

  const show = () => page.getByRole('button', { name: 'Show what applies' }).click()
  await page.getByLabel('Your industry').selectOption('port-industry-city')
  await show()
  await expect(page).toHaveURL(/industry=port-industry-city/)
  counts.push(await offeredCount(page))

  await page.getByRole('checkbox', { name: 'PhD holders' }).check()
  await show()
  await expect(page).toHaveURL(/group=phd/)
  counts.push(await offeredCount(page))

  await page.getByLabel('Where your company is based').selectOption('US')
  await show()
  counts.push(await offeredCount(page))
  // Each answer took some away; the page keeps the answers given.
  for (let index = 1; index < counts.length; index++) expect(counts[index], `after answer ${index}`).toBeLessThan(counts[index - 1])
  expect(counts.at(-1)).toBeGreaterThan(0)
  await expect(page.getByLabel('Your industry')).toHaveValue('port-industry-city')
  await expect(page.getByRole('checkbox', { name: 'PhD holders' })).toBeChecked()
  await expect(page.getByRole('region', { name: /RCEP services/ })).toContainText('for companies from the 15 RCEP member countries')

  const titles = await page.locator('[data-support-result] h3').allTextContents()
  expect(titles).toHaveLength(counts.at(-1)!)
  await page.getByRole('link', { name: /Ask an officer about these/ }).click()
  await expect(page).toHaveURL(/\/en\/enquire\?items=/)
  const message = page.getByLabel(/Your enquiry/)
  for (const title of titles) await expect(message).toHaveValue(new RegExp(`- ${title.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  await expect(page.getByLabel(/Country or region/)).toHaveValue('US')
  await context.close()
})

test('answers that are no choice are left out with a note in the visitor’s language, never an error', async ({ page }) => {
  const response = await page.goto('/ja/support-finder?industry=no-such-industry&stage=%3Cscript%3E&country=XX&group=phd&group=phd')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('note')).toContainText('読み取れなかった回答')
  await expect(page.getByRole('checkbox', { name: '博士号取得者' })).toBeChecked()
})

for (const locale of ['zh', 'en'] as const) {
  test(`the support finder in ${locale} has no serious or critical WCAG 2.1 AA violations`, async ({ page }) => {
    const response = await page.goto(`/${locale}/support-finder?industry=port-industry-city&group=phd&group=startup-founder&country=JP`)
    expect(response?.status()).toBe(200)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => violation.id)).toEqual([])
  })
}
