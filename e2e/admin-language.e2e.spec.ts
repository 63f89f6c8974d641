import { randomBytes } from 'node:crypto'

import { expect, signInToAdmin, test } from './support/staff'

// Staff work in Qingdao: the drawer's times and the schedule's (Beijing time) are the same clock.
test.use({ timezoneId: 'Asia/Shanghai' })

test('a staff member whose language is Japanese gets the admin in Japanese, named for the bureau, with nothing from another host; the schedule lists what they schedule', async ({
  adminApi,
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000)
  const origin = new URL(baseURL!).origin
  const elsewhere: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) elsewhere.push(request.url())
  })

  const suffix = randomBytes(3).toString('hex')
  const staff = { email: `ja-editor-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
  const created = await adminApi.post('/api/users', { data: { ...staff, roles: ['editor'], name: '山田 花子', adminLanguage: 'ja' } })
  expect(created.status()).toBe(201)
  const site = (await (await adminApi.get('/api/globals/site?locale=ja&depth=0')).json()) as { name: string; bureauName?: string | null }
  const bureau = site.bureauName ?? site.name
  const news = await adminApi.post('/api/news?locale=zh', { data: { title: `市北区招商动态 ${suffix}`, _status: 'draft' } })
  const newsId = ((await news.json()) as { doc: { id: number } }).doc.id
  await adminApi.patch(`/api/news/${newsId}?locale=ja&draft=true`, { data: { title: `市北区の投資ニュース ${suffix}` } })

  // The sign-in page follows the browser (English here); the admin behind it, the account.
  await signInToAdmin(page, staff)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja', { timeout: 15_000 })
  await expect(page.locator('#nav-publishing-schedule')).toHaveText('公開スケジュール')
  await expect(page).toHaveTitle(`ダッシュボード | ${bureau}`)
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /\/icon\.svg/)
  await expect(page.getByTestId('staff-avatar')).toHaveText('花子')

  await page.screenshot({ path: testInfo.outputPath('dashboard-ja.png') })

  // A 25-character Chinese search title is as wide as a result shows: not "too short".
  await page.goto(`/admin/collections/news/${newsId}?locale=zh`)
  await page.locator('#field-meta__title').fill('青岛市市北区投资指南：产业园区、人才政策与营商环境')
  await expect(page.getByTestId('meta-title-verdict')).toHaveAttribute('data-verdict', 'good')
  await expect(page.getByTestId('meta-title-verdict')).toHaveText('ちょうどよい長さ')

  // Scheduled from the edit screen, in Japanese: next month's 15th.
  await page.locator('.btn--withPopup .popup-button').first().click()
  await page.getByRole('button', { name: 'スケジュール公開' }).click()
  // The drawer offers "unpublish" first only while nothing is newer than the last publication, and the
  // title typed above is autosaved two seconds later, so which comes first depends on the machine's speed:
  // chosen here.
  await page.locator('.schedule-publish__type').getByText('非公開', { exact: true }).click()
  await expect(page.getByRole('radio', { name: '非公開', exact: true })).toBeChecked()
  await page.locator('.schedule-publish__scheduler .react-datepicker__input-container input').click()
  await page.locator('.react-datepicker__navigation--next').click()
  await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').click()
  await page.locator('.react-datepicker__time-list-item').filter({ hasText: /^10:00/ }).first().click()
  await page.locator('#scheduled-publish-save').click()
  await expect(page.locator('.schedule-publish__upcoming table')).toBeVisible({ timeout: 15_000 })

  await page.goto('/admin/publishing-schedule')
  await expect(page.getByRole('heading', { level: 1, name: '公開スケジュール' })).toBeVisible()
  await expect(page).toHaveTitle(`公開スケジュール | ${bureau}`)
  const row = page.getByTestId('scheduled-change').filter({ hasText: `市北区の投資ニュース ${suffix}` })
  await expect(row).toHaveAttribute('data-action', 'unpublish')
  await expect(row).toContainText('非公開にする')
  await expect(row).toContainText('すべての言語')
  await expect(row).toContainText('10:00')
  await expect(page.getByTestId('job-runner-health')).toContainText('次回の実行')
  await page.screenshot({ path: testInfo.outputPath('publishing-schedule-ja.png'), fullPage: true })

  expect(elsewhere).toEqual([])
})
