import { randomBytes } from 'node:crypto'

import { queryE2eDatabase } from './support/database'
import { createStaff, expect, signInToAdmin, test } from './support/staff'

test('an officer answers a Japanese enquiry from its conversation view, starting from a Japanese template', async ({ adminApi, browser, baseURL, request }, testInfo) => {
  test.setTimeout(120_000)
  const officer = await createStaff(adminApi, 'officer')
  const [{ id: officerId }] = await queryE2eDatabase<{ id: number }>('select id from users where email = $1', [officer.email])
  const signed = await adminApi.patch(`/api/users/${officerId}?locale=ja`, { data: { name: '山田 花子', signature: '青島市市北区 投資担当\n山田 花子' } })
  expect(signed.status()).toBe(200)

  const email = `sato-${randomBytes(4).toString('hex')}@investor.e2e.test`
  const submitted = await request.post('/api/enquiries/submit?locale=ja', {
    headers: { 'x-forwarded-for': `10.${[...randomBytes(3)].join('.')}` },
    data: { type: 'area', subject: 'cruise-port-area', name: '佐藤 健', email, country: 'JP', message: 'クルーズ港エリアで事務所を探しています。', consent: true, idempotencyKey: crypto.randomUUID() },
  })
  expect(submitted.status()).toBe(201)
  const { reference } = (await submitted.json()) as { reference: string }
  await expect.poll(async () => (await queryE2eDatabase('select id from enquiries where reference = $1', [reference])).length).toBe(1)
  const [{ id: enquiryId }] = await queryE2eDatabase<{ id: number }>('select id from enquiries where reference = $1', [reference])

  const staff = await browser.newContext()
  const admin = await staff.newPage()
  await signInToAdmin(admin, officer)
  await admin.goto(`/admin/collections/enquiries/${enquiryId}`)

  // First the investor, read only; then the thread, which starts with their message.
  const details = admin.getByTestId('investor-details')
  await expect(details).toContainText('佐藤 健')
  await expect(details).toContainText(email)
  await expect(details).toContainText('Japan')
  await expect(details).toContainText('日本語')
  await expect(details).toContainText('Cruise Port Area')
  const thread = admin.getByTestId('thread-entry')
  await expect(thread).toHaveCount(1)
  await expect(thread.first()).toContainText('Investor · 佐藤 健')
  await expect(thread.first()).toContainText('クルーズ港エリアで事務所を探しています。')

  // The Japanese template of the enquiry's type comes first, filled in for this investor on the server.
  const picker = admin.getByLabel('Start from a template')
  await expect(picker.locator('optgroup').first()).toHaveAttribute('label', 'For this enquiry')
  await expect(picker.locator('optgroup').first().locator('option').first()).toHaveText('クルーズ港エリアについてのご案内 (日本語 · Area)')
  await picker.selectOption({ label: 'クルーズ港エリアについてのご案内 (日本語 · Area)' })
  const box = admin.getByLabel('Your reply')
  await expect(box).toHaveValue(/^佐藤 健 様\n\nこのたびは「クルーズ港エリア」についてお問い合わせいただき/)
  await expect(box).toHaveValue(new RegExp(`受付番号は ${reference} です。`))
  await expect(box).toHaveValue(/青島市市北区 投資担当\n山田 花子$/)
  await expect(box).not.toHaveValue(/\{\{/)

  const edited = (await box.inputValue()).replace('ご質問の点は資料を確認のうえ', 'オフィスの賃料と空き状況は資料を確認のうえ')
  await box.fill(edited)
  await admin.getByRole('button', { name: 'Send reply' }).click()
  await expect(admin.locator('.payload-toast-container')).toContainText('Sent: the reply is on the thread')
  await expect(thread).toHaveCount(2)
  await expect(thread.nth(1)).toContainText('Officer · 山田 花子')
  await expect(thread.nth(1)).toContainText('オフィスの賃料と空き状況は資料を確認のうえ')
  await expect(box).toHaveValue('')
  // The form now shows what the reply changed, so that saving it later keeps it.
  await expect(admin.locator('#field-status')).toContainText('Contacted')

  // It is on the thread for good, signed by the officer, and waits in the outbox in Japanese with the reference.
  await admin.reload()
  await expect(thread).toHaveCount(2)
  await expect(thread.nth(1)).toContainText('オフィスの賃料と空き状況は資料を確認のうえ')
  const [reply] = await queryE2eDatabase<{ author: string; from: string }>(
    'select u.email as author, r."from" from enquiry_replies r join users u on u.id = r.author_id where r.enquiry_id = $1',
    [enquiryId],
  )
  expect(reply).toEqual({ author: officer.email, from: 'officer' })
  const [sent] = await queryE2eDatabase<{ subject: string; text: string }>(`select subject, text from outbox where "to" = $1 and kind = 'enquiry-reply'`, [email])
  expect(sent.subject).toBe(`お問い合わせ（受付番号 ${reference}）への回答`)
  expect(sent.text).toContain('オフィスの賃料と空き状況は資料を確認のうえ')
  const [enquiry] = await queryE2eDatabase<{ first_responded_at: Date | null; status: string }>('select first_responded_at, status from enquiries where id = $1', [enquiryId])
  expect(enquiry.first_responded_at).not.toBeNull()
  expect(enquiry.status).toBe('contacted')

  // The view in the admin's other languages, looked at 1280 px wide.
  await admin.setViewportSize({ width: 1280, height: 1000 })
  for (const [language, heading] of [
    ['ja', 'やり取り'],
    ['zh', '往来记录'],
  ] as const) {
    await staff.addCookies([{ name: 'payload-lng', value: language, url: baseURL! }])
    await admin.reload()
    await expect(admin.getByRole('heading', { name: heading })).toBeVisible()
    await admin.screenshot({ path: testInfo.outputPath(`conversation-${language}-1280.png`), fullPage: true })
  }
  await admin.setViewportSize({ width: 390, height: 844 })
  await admin.reload()
  await expect(admin.getByRole('heading', { name: '往来记录' })).toBeVisible()
  await admin.screenshot({ path: testInfo.outputPath('conversation-zh-390.png'), fullPage: true })
  await staff.close()
})
