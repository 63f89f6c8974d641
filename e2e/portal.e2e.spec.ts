import { expect, test } from '@playwright/test'

import { LOCALES, SECTIONS, seededDocuments } from './seedData'

test.describe('every list page', () => {
  // Each section with demo content: a section the source has nothing for has no documents to list.
  for (const [section, collection] of Object.entries(SECTIONS).filter(([, collection]) => seededDocuments(collection).length > 0)) {
    for (const locale of LOCALES) {
      test(`/${locale}/${section} lists the seeded items with lang="${locale}"`, async ({ page }) => {
        const response = await page.goto(`/${locale}/${section}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        const seededLinks = seededDocuments(collection).map((doc) => `main a[href="/${locale}/${section}/${doc.slug}"]`)
        await expect(page.locator(seededLinks.join(', ')).first()).toBeVisible()
      })
    }
  }
})

test.describe('every detail page', () => {
  for (const [section, collection] of Object.entries(SECTIONS)) {
    const [doc] = seededDocuments(collection)
    if (!doc) continue
    for (const locale of LOCALES) {
      test(`/${locale}/${section}/${doc.slug} shows its title in ${locale}`, async ({ page }) => {
        const response = await page.goto(`/${locale}/${section}/${doc.slug}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title[locale])
      })
    }
  }

  test('an unknown slug is a 404 in the page’s language', async ({ page }) => {
    const response = await page.goto('/ja/projects/no-such-project')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません')
  })

  test('switching language keeps the same document', async ({ page }) => {
    await page.goto('/en/projects/eastsoft-innovation-centre')
    await page.getByRole('link', { name: '한국어' }).click()
    await expect(page).toHaveURL(/\/ko\/projects\/eastsoft-innovation-centre$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  })

  test('an industry shows its projects, and a project links back to its industry and area', async ({ page }) => {
    await page.goto('/en/industries/technology-innovation')
    await page.locator('a[href="/en/projects/eastsoft-innovation-centre"]').click()
    await expect(page.getByRole('link', { name: 'Technology Innovation' }).or(page.locator('a[href="/en/industries/technology-innovation"]'))).toBeVisible()
    await expect(page.locator('a[href="/en/areas/old-sifang-industrial-area"]')).toBeVisible()
  })
})

test.describe('the names of countries', () => {
  test('are ordered as a Japanese reader looks for them: 南アフリカ under み, not after every katakana name', async ({ page }) => {
    await page.goto('/ja/enquire')
    const names = await page.locator('#enquiry-country option').allTextContents()
    const at = (name: string) => names.indexOf(name)
    expect(at('南アフリカ')).toBeGreaterThan(at('ナイジェリア'))
    expect(at('南アフリカ')).toBeLessThan(at('メキシコ'))
    // Among the RCEP members, listed first, 中国 (ちゅうごく) comes before 日本 (にほん).
    expect(at('中国')).toBeLessThan(at('日本'))
    expect(at('日本')).toBeLessThan(at('アイスランド'))
  })

  test('are the ones readers use: 호주 in Korean, ミャンマー without its old name in Japanese', async ({ page }) => {
    await page.goto('/ko/rcep')
    await expect(page.locator('select[name="country"] option', { hasText: '호주' })).toHaveCount(1)
    await expect(page.locator('select[name="country"] option', { hasText: '오스트레일리아' })).toHaveCount(0)
    await page.goto('/ja/rcep')
    await expect(page.locator('select[name="country"] option', { hasText: /^ミャンマー$/ })).toHaveCount(1)
  })
})

test.describe('the partner sign-in', () => {
  test('answers a blank form in the page’s language, not the browser’s', async ({ page }) => {
    await page.goto('/ko/partner/sign-in')
    await page.getByRole('button', { name: '로그인' }).click()
    await expect(page.locator('form [role="alert"]')).toHaveText('이메일과 비밀번호를 입력해 주세요.')
    // The refusal came from the server: the visitor is taken to it, and goes on from there to the fields.
    await expect(page.locator('form [role="alert"]')).toBeFocused()
  })
})

test.describe('the project filters', () => {
  const countOf = async (page: import('@playwright/test').Page) =>
    Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0] ?? 0)

  test('narrow the list, show a removable chip, and work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/projects')
    const total = await countOf(page)
    await page.getByLabel('Stage').selectOption('under-construction')
    await page.getByRole('button', { name: 'Show results' }).click()
    await expect(page).toHaveURL(/stage=under-construction/)
    const narrowed = await countOf(page)
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(total)
    await page.getByRole('link', { name: /Remove filter: Stage/ }).click()
    expect(await countOf(page)).toBe(total)
    await context.close()
  })

  test('ignore malformed parameters instead of failing', async ({ request }) => {
    for (const query of ['page=abc', 'min=-5', 'industry=no-such-industry', 'stage=bogus', 'max=1e999', 'page=99999']) {
      const response = await request.get(`/en/projects?${query}`)
      expect(response.status(), query).toBe(200)
    }
  })

  test('by industry keeps only that industry’s projects', async ({ page }) => {
    await page.goto('/zh/projects?industry=technology-innovation')
    await expect(page.locator('main a[href="/zh/projects/eastsoft-innovation-centre"]')).toBeVisible()
    await expect(page.locator('main a[href="/zh/projects/taidong-pedestrian-street-retail"]')).toHaveCount(0)
  })
})

test('the home page carries the report’s headline figures', async ({ page }) => {
  await page.goto('/en')
  const figures = page.getByRole('region', { name: 'Shibei in figures' })
  await expect(figures).toContainText('172')
  await expect(figures).toContainText('RMB 110 billion')
})

test('drafts stay out of GraphQL for anonymous visitors', async ({ request }) => {
  const response = await request.post('/api/graphql', {
    data: { query: '{ Projects(draft: true, limit: 200) { docs { _status } } Enquiries { docs { id } } }' },
  })
  const body = (await response.json()) as { data?: { Projects?: { docs: { _status: string }[] }; Enquiries?: unknown }; errors?: { message: string }[] }
  expect(body.data?.Projects?.docs.length).toBeGreaterThan(0)
  expect(body.data?.Projects?.docs.every((doc) => doc._status === 'published')).toBe(true)
  expect(body.data?.Enquiries ?? null).toBeNull()
  expect(body.errors?.length).toBeGreaterThan(0)
})
