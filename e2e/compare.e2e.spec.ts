import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { seededDocuments } from './seedData'

const [firstProject, secondProject] = seededDocuments('projects')
/** Two projects at different stages (under construction, in operation). */
const [building, operating] = ['under-construction', 'operating'].map(
  (stage) => seededDocuments('projects').find((project) => (project as unknown as { stage?: string }).stage === stage)!,
)
const area = seededDocuments('areas')[1]

/** A control's accessible name: its label, then the document's title (a screen reader's browser may put a space before the colon). */
const named = (label: string, title: string) => new RegExp(`^${label}\\s?: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/** The number beside the header's shortlist link. */
const shortlistCount = (page: Page) => page.locator('header [data-shortlist-count]')

/** The comparison's column headings: one per item compared. */
const columns = (page: Page) => page.getByRole('region', { name: /compared/ }).locator('thead th[scope="col"]')

/**
 * Every row of the comparison is marked as differing, in words, exactly when two of its items state
 * different values; how many rows that is.
 */
async function expectDifferencesMarked(page: Page): Promise<number> {
  const factRows = await page.locator('tbody tr').all()
  expect(factRows.length).toBeGreaterThan(2)
  let differing = 0
  for (const row of factRows) {
    const stated = new Set((await row.getByRole('cell').allTextContents()).filter((text) => !text.trim().startsWith('—')))
    const header = row.getByRole('rowheader')
    const name = (await header.textContent()) ?? ''
    if (stated.size > 1) {
      differing += 1
      await expect(row, name).toHaveAttribute('data-differs', '')
      await expect(header, name).toContainText('Differs')
    } else {
      await expect(row, name).not.toHaveAttribute('data-differs')
      await expect(header, name).not.toContainText('Differs')
    }
  }
  return differing
}

/** The title and slug of the list's nth card. */
async function cardOf(page: Page, index: number) {
  const link = page.locator('main li.card').nth(index).locator('.card-link')
  return { title: (await link.textContent())!.trim(), slug: (await link.getAttribute('href'))!.split('/').pop()! }
}

test('an investor shortlists two cards and a detail page, keeps them over a reload, and compares them', async ({ page }) => {
  await page.goto('/en/projects')
  const picked = [await cardOf(page, 0), await cardOf(page, 1)]
  for (const { title } of picked) {
    const button = page.getByRole('button', { name: named('Shortlist', title) })
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
  }
  await expect(shortlistCount(page)).toHaveText('2')

  await page.goto(`/en/areas/${area.slug}`)
  const areaButton = page.getByRole('main').getByRole('button', { name: named('Shortlist', area.title.en) })
  await areaButton.click()
  await expect(shortlistCount(page)).toHaveText('3')

  await page.reload()
  await expect(shortlistCount(page)).toHaveText('3')
  await expect(areaButton).toHaveAttribute('aria-pressed', 'true')

  await page.locator('header').getByRole('link', { name: /^Shortlist/ }).click()
  await expect(page).toHaveURL(/\/en\/shortlist$/)
  for (const title of [...picked.map((card) => card.title), area.title.en]) await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'Compare side by side' }).click()
  await expect(page).toHaveURL(/\/en\/compare\?items=/)
  await expect(columns(page)).toHaveCount(3)
  for (const title of [...picked.map((card) => card.title), area.title.en]) await expect(columns(page).getByRole('link', { name: title, exact: true })).toBeVisible()
  // A row differs where two items state different values, and says so in words, not only in colour; an
  // item that does not state it (an area has no stage) makes no difference.
  await expect(page.getByRole('row', { name: /^Stage/ }).getByRole('cell').last()).toHaveText(/^—/)
  await expectDifferencesMarked(page)

  // The shared address holds the three items; removing one compares the other two.
  const items = [...picked.map(({ slug }) => `projects:${slug}`), `areas:${area.slug}`].join(',')
  await expect(page.locator('[data-share-link]')).toHaveAttribute('href', `/en/compare?items=${items}`)
  await page.getByRole('link', { name: named('Remove', area.title.en) }).click()
  await expect(columns(page)).toHaveCount(2)
})

test('a project under construction beside one in operation: their stages differ, and a fact only one of them states does not', async ({ page }) => {
  await page.goto(`/en/compare?items=projects:${building.slug},projects:${operating.slug},areas:${area.slug}`)
  await expect(columns(page)).toHaveCount(3)
  const stageRow = page.getByRole('row', { name: /^Stage/ })
  await expect(stageRow.getByRole('cell')).toHaveText(['Under construction', 'In operation', /^—/])
  await expect(stageRow).toHaveAttribute('data-differs', '')
  await expect(stageRow.getByRole('rowheader')).toContainText('Differs')
  expect(await expectDifferencesMarked(page)).toBeGreaterThan(0)
})

test('without JavaScript, a card’s link opens the comparison of its item, rendered by the server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en/projects')
  const { title, slug } = await cardOf(page, 0)
  await page.getByRole('link', { name: named('Compare', title) }).click()
  await expect(page).toHaveURL(`/en/compare?items=projects:${slug}`)
  await expect(columns(page)).toHaveCount(1)
  await expect(columns(page).getByRole('link', { name: title, exact: true })).toBeVisible()
  await page.goto('/en/shortlist')
  await expect(page.getByText('needs JavaScript')).toBeVisible()
  await context.close()
})

test('items that are unknown, malformed, not compared or too many are left out with a notice, never an error', async ({ page }) => {
  const known = `projects:${firstProject.slug}`
  const tooMany = [known, ...seededDocuments('projects').slice(1, 7).map(({ slug }) => `projects:${slug}`)].join(',')
  for (const items of [`${known},projects:no-such-project`, `${known},projects:<script>`, `${known},news:anything`, 'projects:no-such-project', tooMany]) {
    const response = await page.goto(`/en/compare?items=${encodeURIComponent(items)}`)
    expect(response?.status(), items).toBe(200)
    await expect(page.getByRole('note'), items).toContainText('left out')
  }
  await expect(columns(page)).toHaveCount(6)
})

for (const locale of ['zh', 'en'] as const) {
  test(`the comparison and the shortlist in ${locale} have no serious or critical WCAG 2.1 AA violations`, async ({ page }) => {
    test.setTimeout(60_000)
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      return results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => violation.id)
    }
    const response = await page.goto(`/${locale}/compare?items=projects:${firstProject.slug},projects:${secondProject.slug},areas:${area.slug}`)
    expect(response?.status()).toBe(200)
    expect(await check()).toEqual([])
    await page.goto(`/${locale}/shortlist`)
    expect(await check()).toEqual([])
    await page.goto(`/${locale}/projects`)
    await page.locator('button.card-shortlist').first().click()
    await page.goto(`/${locale}/shortlist`)
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1)
    expect(await check()).toEqual([])
  })
}
