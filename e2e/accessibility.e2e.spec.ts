import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { SECTIONS, seededDocuments } from './seedData'

/** WCAG 2.0 and 2.1, levels A and AA: what public-sector sites are held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const BLOCKING_IMPACTS = new Set(['serious', 'critical'])

/** Every serious or critical violation on the page, as "rule (impact): selector, selector …". */
async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const PAGES: { name: string; path: string; status: number }[] = [
  { name: 'home', path: '', status: 200 },
  ...Object.keys(SECTIONS).map((section) => ({ name: `${section} list`, path: `/${section}`, status: 200 })),
  // The first demo document of each section that has demo content.
  ...Object.entries(SECTIONS).flatMap(([section, collection]) =>
    seededDocuments(collection)
      .slice(0, 1)
      .map((doc) => ({ name: `${section} detail`, path: `/${section}/${doc.slug}`, status: 200 })),
  ),
  ...['about', 'contact', 'privacy', 'accessibility', 'living'].map((name) => ({ name: `${name} page`, path: `/${name}`, status: 200 })),
  { name: 'open data', path: '/open-data', status: 200 },
  { name: 'e-mail alerts', path: '/alerts', status: 200 },
  // A link's page without its secret: the same layout, with the explanation a reader with a broken link sees.
  { name: 'alerts confirmation, link incomplete', path: '/alerts/confirm', status: 200 },
  { name: 'alerts unsubscribe, link incomplete', path: '/alerts/unsubscribe', status: 200 },
  { name: 'filtered list with no results', path: '/projects?q=no-such-project-anywhere', status: 200 },
  { name: 'unknown document (404)', path: '/projects/no-such-project', status: 404 },
  { name: 'unknown page (404)', path: '/no-such-page', status: 404 },
]

for (const locale of ['zh', 'en'] as const) {
  test.describe(`accessibility in ${locale}`, () => {
    // axe walks every node of the page and computes every colour: slower than a user's checks.
    test.describe.configure({ timeout: 60_000 })
    for (const { name, path, status } of PAGES) {
      test(`${name} has no serious or critical WCAG 2.1 AA violations`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`)
        expect(response?.status()).toBe(status)
        expect(await blockingViolations(page)).toEqual([])
      })
    }
  })
}

test('the skip link is the first stop of the keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto('/en/projects')
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Skip to content' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(page.locator('main')).toBeFocused()
})
