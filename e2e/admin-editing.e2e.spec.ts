import { randomBytes } from 'node:crypto'

import { createStaff, expect, signInToAdmin, test } from './support/staff'

test('an editor writes a project in Chinese and English, schedules it, and sees it in the live preview', async ({ adminApi, page, request }) => {
  test.setTimeout(120_000)
  const suffix = randomBytes(3).toString('hex')
  const titles = { zh: `滨海测试项目 ${suffix}`, en: `Coastal test project ${suffix}` }
  await signInToAdmin(page, await createStaff(adminApi, 'editor'))
  await expect(page.getByRole('link', { name: /Enquiries/ })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Needs translation' })).toBeVisible()

  await page.goto('/admin/collections/projects/create?locale=zh')
  await page.locator('#field-title').fill(titles.zh)
  await page.locator('#field-summary').fill('市北区的测试项目。')
  await expect(page).toHaveURL(/\/admin\/collections\/projects\/\d+/, { timeout: 20_000 })
  const id = page.url().match(/projects\/(\d+)/)?.[1]

  await page.goto(`/admin/collections/projects/${id}?locale=en`)
  await page.locator('#field-title').fill(titles.en)
  await page.locator('#field-summary').fill('A test project in Shibei.')
  await expect(async () => {
    const draft = await page.request.get(`/api/projects/${id}?draft=true&locale=en`, { headers: { origin: new URL(page.url()).origin } })
    expect(((await draft.json()) as { title: string }).title).toBe(titles.en)
  }).toPass({ timeout: 15_000 })

  await page.locator('.btn--withPopup .popup-button').first().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const nextYear = new Date().getFullYear() + 1
  const when = page.locator('.schedule-publish__scheduler .react-datepicker__input-container input')
  await when.fill(`Jan 5, ${nextYear} 10:00 AM`)
  await when.press('Enter')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.locator('.schedule-publish__upcoming')).toContainText(String(nextYear), { timeout: 15_000 })
  await page.keyboard.press('Escape')

  const stillDraft = await request.get(`/api/projects/${id}?locale=en`)
  expect(stillDraft.status()).toBe(404)

  await page.goto(`/admin/collections/projects/${id}?locale=en`)
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const preview = page.frameLocator('iframe').first()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(titles.en, { timeout: 20_000 })
  // The preview follows the editor's next save (an autosave): the listener the page loads in draft mode refreshes it.
  await page.locator('#field-title').fill(`${titles.en} (edited)`)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`${titles.en} (edited)`, { timeout: 20_000 })
})
