import { randomBytes } from 'node:crypto'

import { queryE2eDatabase } from './support/database'
import { createStaff, expect, signInToAdmin, test } from './support/staff'

test('an officer answers an investor from the enquiry in the admin, and the investor reads the answer on their page', async ({ adminApi, browser, request }) => {
  test.setTimeout(120_000)
  const officer = await createStaff(adminApi, 'officer')
  const [{ id: officerId }] = await queryE2eDatabase<{ id: number }>('select id from users where email = $1', [officer.email])
  expect((await adminApi.patch(`/api/users/${officerId}`, { data: { name: '山田 花子', languages: ['ja', 'zh'] } })).status()).toBe(200)
  const email = `suzuki-${randomBytes(4).toString('hex')}@investor.e2e.test`
  const submitted = await request.post('/api/enquiries/submit?locale=ja', {
    headers: { 'x-forwarded-for': `10.${[...randomBytes(3)].join('.')}` },
    data: { type: 'area', name: '鈴木 一郎', email, country: 'JP', message: 'クルーズ港周辺のオフィス賃料を教えてください。', consent: true, idempotencyKey: crypto.randomUUID() },
  })
  expect(submitted.status()).toBe(201)
  const { reference, page: privateUrl } = (await submitted.json()) as { reference: string; page: string }
  await expect.poll(async () => (await queryE2eDatabase('select id from enquiries where reference = $1', [reference])).length).toBe(1)

  const staff = await browser.newContext()
  const admin = await staff.newPage()
  await signInToAdmin(admin, officer)
  await admin.goto('/admin/collections/enquiries')
  await admin.getByPlaceholder(/Search by Reference/).fill(reference)
  await expect(admin.locator('table tbody tr')).toHaveCount(1)
  await admin.getByRole('link', { name: reference }).click()
  await expect(admin.getByTestId('thread-entry').first()).toContainText('クルーズ港周辺のオフィス賃料を教えてください。')

  // The officer takes the enquiry on, with one click.
  await admin.getByRole('button', { name: 'Assign to me' }).click()
  await expect(admin.locator('#field-assignee')).toContainText(officer.email)
  await admin.locator('#action-save').click()
  await expect(admin.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })
  await expect(admin.getByRole('button', { name: 'Assign to me' })).toHaveCount(0)
  const [assigned] = await queryE2eDatabase<{ email: string }>('select u.email from enquiries e join users u on u.id = e.assignee_id where e.reference = $1', [reference])
  expect(assigned.email).toBe(officer.email)

  const answer = '鈴木様\nお問い合わせいただきありがとうございます。クルーズ港周辺のオフィス情報をお送りします。'
  await admin.getByLabel('Your reply').fill(answer)
  await admin.getByRole('button', { name: 'Send reply' }).click()
  await expect(admin.locator('.payload-toast-container')).toContainText('Sent: the reply is on the thread', { timeout: 15_000 })
  await admin.reload()
  await expect(admin.getByTestId('conversation-thread')).toContainText('お問い合わせいただきありがとうございます。')

  const [sent] = await queryE2eDatabase<{ subject: string; text: string }>(`select subject, text from outbox where "to" = $1 and kind = 'enquiry-reply'`, [email])
  expect(sent.subject).toBe(`お問い合わせ（受付番号 ${reference}）への回答`)
  expect(sent.text).toContain('クルーズ港周辺のオフィス情報をお送りします。')
  expect(sent.text).toContain(`/ja/enquiries/${reference}?key=[hidden]`)

  const investorContext = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  const investor = await investorContext.newPage()
  await investor.goto(new URL(privateUrl).pathname + new URL(privateUrl).search)
  await expect(investor.getByTestId('enquiry-status')).toHaveText('投資担当者よりメールで回答いたしました。')
  const reply = investor.getByTestId('enquiry-reply')
  await expect(reply).toHaveCount(1)
  await expect(reply).toContainText('投資担当者からの回答')
  await expect(reply).toContainText('クルーズ港周辺のオフィス情報をお送りします。')
  await expect(reply.locator('time')).toContainText('JST')
  // The investor knows who answers them, in which languages, and nothing more of the account.
  const named = investor.getByTestId('enquiry-officer')
  await expect(named).toContainText('担当者')
  await expect(named).toContainText('山田 花子')
  await expect(named).toContainText('対応言語：日本語、中国語')
  await expect(investor.locator('body')).not.toContainText(officer.email)
  await Promise.all([staff.close(), investorContext.close()])
})
