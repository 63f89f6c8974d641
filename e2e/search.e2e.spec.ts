import { expect, type Page, test } from '@playwright/test'

const CROSS_BORDER_CENTRE = 'port-cross-border-ecommerce-supervision-centre'
const CROSS_BORDER_TRADE = 'cross-border-trade'

const results = (page: Page) => page.getByRole('main')

test.describe('searching the portal', () => {
  test('/zh/search?q=跨境 finds the cross-border documents, grouped by section, with the word marked', async ({ page }) => {
    const response = await page.goto('/zh/search?q=跨境')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh')
    await expect(results(page).getByRole('searchbox', { name: '搜索全站内容' })).toHaveValue('跨境')

    const rcepGroup = results(page).getByRole('region', { name: /^RCEP 服务/ })
    await expect(rcepGroup.getByRole('heading', { level: 2 })).toContainText('1 条')
    const centre = rcepGroup.getByRole('link', { name: '临港跨境电商监管中心' })
    await expect(centre).toHaveAttribute('href', `/zh/rcep/${CROSS_BORDER_CENTRE}`)
    await expect(centre.locator('mark')).toHaveText('跨境')

    const industries = results(page).getByRole('region', { name: /^产业/ })
    await expect(industries.locator(`a[href="/zh/industries/${CROSS_BORDER_TRADE}"]`)).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

    await centre.click()
    await expect(page).toHaveURL(`/zh/rcep/${CROSS_BORDER_CENTRE}`)
  })

  test('/ja/search?q=越境 finds the Japanese text of the document', async ({ page }) => {
    await page.goto('/ja/search?q=越境')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    const centre = results(page).locator(`a[href="/ja/rcep/${CROSS_BORDER_CENTRE}"]`)
    await expect(centre).toContainText('港湾隣接型越境EC監督管理センター')
    await expect(centre.locator('mark')).toHaveText('越境')
  })

  test('Korean and English find their own texts, English whatever the case', async ({ page }) => {
    await page.goto('/ko/search?q=전자상거래')
    await expect(results(page).locator(`a[href="/ko/rcep/${CROSS_BORDER_CENTRE}"] mark`)).toHaveText('전자상거래')
    await page.goto('/en/search?q=CROSS-BORDER')
    await expect(results(page).locator(`a[href="/en/rcep/${CROSS_BORDER_CENTRE}"] mark`).first()).toHaveText('Cross')
  })

  test('an empty search asks what to look for, in the page’s language', async ({ page }) => {
    await page.goto('/ko/search?q=%20%20')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(results(page).getByText('검색어를 입력해 주세요')).toBeVisible()
    await expect(results(page).getByRole('searchbox', { name: '사이트 검색' })).toHaveValue('')
  })

  test('a search with no results says so, in the page’s language, and keeps the query', async ({ page }) => {
    await page.goto('/en/search?q=zzqx%3Cb%3E')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(results(page).getByRole('status')).toHaveText('Nothing found for “zzqx<b>”')
    await expect(results(page).getByRole('searchbox', { name: 'Search the portal' })).toHaveValue('zzqx<b>')
  })

  test('an overlong query is shortened, not an error', async ({ page }) => {
    const response = await page.goto(`/ja/search?q=${encodeURIComponent('越境'.repeat(200))}`)
    expect(response?.status()).toBe(200)
    await expect(results(page).getByRole('note')).toHaveText('検索語が長すぎるため、最初の100文字で検索しました。')
    await expect(results(page).getByRole('searchbox', { name: 'サイト内を検索' })).toHaveValue('越境'.repeat(50))
  })
})

test.describe('the header search box without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('submits to the search page of the current language', async ({ page }) => {
    await page.goto('/en/projects')
    const header = page.getByRole('banner')
    await header.getByRole('searchbox', { name: 'Search the portal' }).fill('cross-border')
    await header.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL('/en/search?q=cross-border')
    await expect(page).toHaveTitle(/^Search: cross-border/)
    await expect(results(page).locator(`a[href="/en/rcep/${CROSS_BORDER_CENTRE}"]`)).toBeVisible()
  })
})
