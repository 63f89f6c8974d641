import { randomBytes } from 'node:crypto'

import { queryE2eDatabase } from './support/database'
import { createStaff, expect, firstAdmin, signInToAdmin, test } from './support/staff'

test('an officer triages an enquiry from the list, and its history shows who did it', async ({ adminApi, page }) => {
  test.setTimeout(90_000)
  const suffix = randomBytes(3).toString('hex')
  const officer = await createStaff(adminApi, 'officer')
  const created = await adminApi.post('/api/enquiries', {
    data: { reference: `SB-E2E-${suffix}`, type: 'fund', name: 'Tanaka Ken', email: 'tanaka@e2e.test', country: 'JP', locale: 'ja', message: 'About the funds', consent: true },
  })
  expect(created.status()).toBe(201)
  const enquiry = ((await created.json()) as { doc: { id: number; reference: string } }).doc
  // An accepted submission that Payload refused on every attempt, as the intake keeps it.
  const stuck = `SB-E2E-STUCK-${suffix}`
  await queryE2eDatabase(
    `insert into enquiry_intake (idempotency_key, email_hash, reference, locale, submission, attempts, last_error, claimed_at)
      values ($1, 'e2e', $2, 'ja', '{}'::jsonb, 5, 'name: The value must be no longer than 120 characters', now())`,
    [crypto.randomUUID(), stuck],
  )

  await signInToAdmin(page, officer)
  await expect(page.getByRole('heading', { name: 'Enquiry pipeline' })).toBeVisible()
  await expect(page.getByTestId('intake-waiting')).toContainText('Accepted, not yet in the list')
  await expect(page.getByTestId('intake-failed')).toContainText(`${stuck} (5×): name: The value must be no longer than 120 characters`)
  await expect(page.getByTestId('intake-failed').getByRole('button', { name: 'Store it now' })).toBeVisible()
  await queryE2eDatabase('delete from enquiry_intake where reference = $1', [stuck])

  await page.goto('/admin/collections/enquiries')
  const headers = page.locator('table thead th')
  for (const column of ['Reference', 'Message', 'Type', 'About', 'Country', 'Status', 'Assignee', 'Reply due', 'Waiting']) {
    await expect(headers.filter({ hasText: column })).toHaveCount(1)
  }
  await expect(page.getByRole('button', { name: 'Overdue only' })).toBeVisible()
  // The officer finds it by its reference, as the list has more enquiries than one page holds.
  await page.getByPlaceholder(/Search by Reference/).fill(enquiry.reference)
  await expect(page).toHaveURL(new RegExp(`search=${enquiry.reference}`))
  await expect(page.locator('table tbody tr')).toHaveCount(1)
  // The row says what the investor asked, and an enquiry about nothing in particular shows a dash, not "<No About>".
  await expect(page.locator('table tbody tr')).toContainText('About the funds')
  await expect(page.locator('table tbody tr')).not.toContainText('<No About>')
  await page.getByRole('link', { name: enquiry.reference }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/enquiries/${enquiry.id}`))

  await page.locator('#field-status').click()
  await page.getByRole('option', { name: 'Triaged' }).click()
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })

  await page.reload()
  const history = page.locator('#field-statusHistory')
  await expect(history).toContainText('Triaged')
  await expect(history).toContainText(officer.email)

  // What the reminders job sent is in the sidebar, for staff to read and nobody to edit.
  const reminders = page.locator('.collapsible').filter({ hasText: 'Reminders' })
  await reminders.locator('.collapsible__toggle').first().click()
  for (const label of ['Due reminder to the assignee', 'Unassigned alert to all officers', 'Overdue alert to the admins']) {
    await expect(reminders.getByText(label)).toBeVisible()
  }
})

test('the site settings open on the working calendar staff keep: the year’s holidays and make-up working days', async ({ page }) => {
  await signInToAdmin(page, firstAdmin())
  await page.goto('/admin/globals/site')
  await expect(page.getByText(/Monday to Friday, 09:00–17:30 China Standard Time/)).toBeVisible()
  const calendar = page.locator('.collapsible').filter({ hasText: 'Working calendar' }).first()
  const addHoliday = calendar.getByRole('button', { name: /Add Public holiday/ })
  // Payload renders a form's fields only as they scroll into view (RenderIfInViewport): the editor
  // scrolls down to the calendar, below the fold.
  await expect(async () => {
    await calendar.locator('.collapsible__content').first().scrollIntoViewIfNeeded()
    await expect(addHoliday).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  await expect(calendar.getByRole('button', { name: /Add Make-up working day/ })).toBeVisible()
})

test('a partner signs in, sends an enquiry for a client, and follows the status an officer sets in the admin', async ({ adminApi, browser }) => {
  test.setTimeout(120_000)
  const suffix = randomBytes(3).toString('hex')
  const partner = { email: `partner-portal-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
  const officer = await createStaff(adminApi, 'officer')
  const created = await adminApi.post('/api/partners', { data: { ...partner, organisation: '関西経済交流協会', verified: true } })
  expect(created.status()).toBe(201)

  const partnerContext = await browser.newContext({ locale: 'ja-JP' })
  const portal = await partnerContext.newPage()
  await portal.goto('/ja/partner')
  await expect(portal).toHaveURL(/\/ja\/partner\/sign-in$/)
  await portal.locator('#partner-email').fill(partner.email)
  await portal.locator('#partner-password').fill('wrong-password')
  await portal.getByRole('button', { name: 'ログイン' }).click()
  await expect(portal.locator('form [role="alert"]')).toHaveText('メールアドレスまたはパスワードが正しくありません。5回続けて失敗すると、アカウントは15分間ロックされます。')
  await portal.locator('#partner-password').fill(partner.password)
  await portal.getByRole('button', { name: 'ログイン' }).click()
  await expect(portal).toHaveURL(/\/ja\/partner$/)
  await expect(portal.getByText('関西経済交流協会 としてログイン中')).toBeVisible()
  const session = (await partnerContext.cookies()).find((cookie) => cookie.name === 'payload-token')
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

  await portal.getByRole('link', { name: 'お客様のお問い合わせを新規作成' }).click()
  await portal.locator('#enquiry-type').selectOption('area')
  await portal.locator('#enquiry-name').fill('山本 大輔')
  await portal.locator('#enquiry-organisation').fill('大阪港湾開発株式会社')
  await portal.locator('#enquiry-email').fill(`yamamoto-${suffix}@client.e2e.test`)
  await portal.locator('#enquiry-country').selectOption('JP')
  await portal.locator('#enquiry-message').fill('クルーズ港エリアでのオフィス開設について相談したいです。')
  await portal.locator('#enquiry-consent').check()
  await portal.getByRole('button', { name: '送信する' }).click()
  await expect(portal).toHaveURL(/\/ja\/partner\?sent=SB-/)
  const reference = new URL(portal.url()).searchParams.get('sent') ?? ''
  const row = portal.locator(`tr[data-reference="${reference}"]`)
  await expect(row).toContainText('山本 大輔')
  await expect(row).toContainText('新規')

  const staff = await browser.newContext()
  const officerPage = await staff.newPage()
  await signInToAdmin(officerPage, officer)
  await officerPage.goto('/admin/collections/enquiries')
  // Other tests' enquiries fill the first page: the officer searches for the reference.
  await officerPage.getByPlaceholder(/Search by Reference/).fill(reference)
  await expect(officerPage).toHaveURL(new RegExp(`search=${reference}`))
  await expect(officerPage.locator('table tbody tr')).toHaveCount(1)
  await officerPage.getByRole('link', { name: reference }).click()
  await expect(officerPage.locator('#field-partner')).toContainText('関西経済交流協会')
  await officerPage.locator('#field-status').click()
  await officerPage.getByRole('option', { name: 'Contacted' }).click()
  await officerPage.locator('#action-save').click()
  await expect(officerPage.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })

  await portal.reload()
  await expect(portal.locator(`tr[data-reference="${reference}"]`)).toContainText('連絡済み')
  await portal.getByRole('button', { name: 'ログアウト' }).click()
  await expect(portal).toHaveURL(/\/ja\/partner\/sign-in$/)
  await portal.goto('/ja/partner')
  await expect(portal).toHaveURL(/\/ja\/partner\/sign-in$/)
  await Promise.all([staff.close(), partnerContext.close()])
})
