import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'

import { createStaff, E2E_ADMIN_LANGUAGE, expect, signInToAdmin, test } from './support/staff'

/** Screenshots of the report for a person to look at (not compared): under .test-results, which git ignores. */
const SCREENSHOTS = '.test-results/admin-report'

test('an officer reads the enquiry report, downloads its numbers, and picks an assignee by language and load', async ({ adminApi, page, browser, baseURL }) => {
  test.setTimeout(120_000)
  const suffix = randomBytes(3).toString('hex')
  const officer = { email: `officer-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
  const name = `Report Officer ${suffix}`
  const created = await adminApi.post('/api/users', { data: { ...officer, roles: ['officer'], name, languages: ['ja', 'en'], adminLanguage: E2E_ADMIN_LANGUAGE } })
  expect(created.status()).toBe(201)
  const officerId = ((await created.json()) as { doc: { id: number } }).doc.id
  const enquiry = await adminApi.post('/api/enquiries', {
    data: {
      reference: `SB-E2E-R-${suffix}`, type: 'project', name: 'Tanaka Ken', email: 'tanaka@e2e.test', country: 'JP', locale: 'ja',
      message: 'We would like to know the terms for an office in the district.', consent: true, assignee: officerId,
    },
  })
  expect(enquiry.status()).toBe(201)
  const enquiryId = ((await enquiry.json()) as { doc: { id: number } }).doc.id

  await page.setViewportSize({ width: 1280, height: 900 })
  await signInToAdmin(page, officer)
  await page.getByTestId('enquiry-report-link').click()
  await expect(page).toHaveURL(/\/admin\/enquiry-report$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Enquiry report' })).toBeVisible()
  for (const chart of ['Enquiries per week by type', 'Enquiries per week by country', 'Enquiries per week by current status', 'Open enquiries by officer', 'Answers to the follow-up']) {
    await expect(page.getByRole('img', { name: chart })).toBeVisible()
  }
  // The default period: the last 12 weeks, each a column and a row of the numbers table.
  await expect(page.getByTestId('report-by-type').locator('tbody tr')).toHaveCount(12)
  await expect(page.getByTestId('report-by-country')).toContainText('Japan')
  await expect(page.getByTestId('report-on-time')).toContainText('Answered on time')
  await expect(page.getByTestId('report-median')).toContainText('Median first response')
  // The new officer holds the one open enquiry, and the chart says so in words too.
  await expect(page.getByTestId('report-open').locator('desc')).toContainText(`${name} (Japanese, English): 1`)
  // The numbers of this week's column, in the table beneath the chart.
  await page.getByTestId('report-by-type').getByText('Show the numbers').click()
  await expect(page.getByTestId('report-by-type').locator('tbody tr').last().locator('td').last()).not.toHaveText('0')
  await page.getByTestId('report-by-type').getByText('Show the numbers').click()

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()])
  expect(download.suggestedFilename()).toMatch(/^enquiry-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync(await download.path())
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = csv.toString('utf8').slice(1).split('\r\n')
  expect(lines[0]).toBe('Measure,Category,Week of,Value')
  expect(lines).toContain(`Open enquiries by officer,${name},,1`)

  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/report-en-1280.png`, fullPage: true })

  // The assignee picker: everyone who can take it, with languages and open load, the investor's language first.
  await page.goto(`/admin/collections/enquiries/${enquiryId}`)
  const choices = page.getByTestId('assignee-choices')
  // The list comes from the server after the form is on screen.
  await expect(choices).toContainText('The investor writes in Japanese', { timeout: 15_000 })
  const mine = choices.getByTestId('assignee-choice').filter({ hasText: name })
  await expect(mine).toContainText('Japanese, English · 1 open')
  await expect(mine).toContainText('Assigned')
  await expect(page.getByRole('button', { name: 'Assign to me' })).toHaveCount(0)
  await page.screenshot({ path: `${SCREENSHOTS}/picker-en-1280.png` })

  // The same report in Chinese, as an officer whose admin speaks Chinese reads it.
  await page.context().addCookies([{ name: 'payload-lng', value: 'zh', url: baseURL ?? '' }])
  await page.goto('/admin/enquiry-report')
  await expect(page.getByRole('heading', { level: 1, name: '咨询统计报告' })).toBeVisible()
  await expect(page.getByTestId('report-by-country')).toContainText('日本')
  await page.screenshot({ path: `${SCREENSHOTS}/report-zh-1280.png`, fullPage: true })
  await page.goto(`/admin/collections/enquiries/${enquiryId}`)
  await expect(page.getByTestId('assignee-choices').getByTestId('assignee-choice').filter({ hasText: name })).toContainText('日语、英语 · 未结 1 件', { timeout: 15_000 })
  await page.screenshot({ path: `${SCREENSHOTS}/picker-zh-1280.png` })

  // An editor gets the admin's unauthorized page; the signed-out are sent to sign in.
  const editor = await createStaff(adminApi, 'editor')
  const editorContext = await browser.newContext({ baseURL })
  const editorPage = await editorContext.newPage()
  await signInToAdmin(editorPage, editor)
  await expect(editorPage.getByTestId('enquiry-report-link')).toHaveCount(0)
  await editorPage.goto('/admin/enquiry-report')
  await expect(editorPage).toHaveURL(/\/admin\/unauthorized/)
  await expect(editorPage.getByText('Enquiry report')).toHaveCount(0)
  const signedOut = await browser.newContext({ baseURL })
  const signedOutPage = await signedOut.newPage()
  await signedOutPage.goto('/admin/enquiry-report')
  await expect(signedOutPage).toHaveURL(/\/admin\/login/)
  expect((await signedOutPage.request.get('/api/enquiries/report.csv')).status()).toBe(403)
  await editorContext.close()
  await signedOut.close()
})
