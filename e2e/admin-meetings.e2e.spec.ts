import { randomBytes } from 'node:crypto'

import { queryE2eDatabase } from './support/database'
import { createStaff, expect, signInOverApi, signInToAdmin, test } from './support/staff'

const HOUR_MS = 60 * 60 * 1000

test('an officer publishes a slot; the investor sees it in Tokyo time on their page, books it, and cancels it, and both sides get the .ics', async ({ adminApi, browser, request, playwright, baseURL }) => {
  test.setTimeout(120_000)
  const officer = await createStaff(adminApi, 'officer')
  const [{ id: officerId }] = await queryE2eDatabase<{ id: number }>('select id from users where email = $1', [officer.email])
  expect((await adminApi.patch(`/api/users/${officerId}`, { data: { languages: ['ja', 'zh'] } })).status()).toBe(200)

  // The admin opens the new collection's form, in the office's time zone.
  const staff = await browser.newContext()
  const admin = await staff.newPage()
  await signInToAdmin(admin, officer)
  await admin.goto('/admin/collections/meeting-slots/create')
  await expect(admin.locator('#field-startsAt')).toBeVisible()
  await expect(admin.getByText('China Standard Time (UTC+8). Investors see it in their own time zone.')).toBeVisible()
  await staff.close()

  // Three days ahead at 10:00 in Qingdao, 11:00 in Tokyo: published by the officer over the API, which
  // keeps it theirs; the public reads no slot.
  const startsAt = new Date(Date.now() + 3 * 24 * HOUR_MS)
  startsAt.setUTCHours(2, 0, 0, 0)
  const officerApi = await playwright.request.newContext({ baseURL, extraHTTPHeaders: await signInOverApi(request, 'users', officer) })
  const published = await officerApi.post('/api/meeting-slots', { data: { startsAt: startsAt.toISOString(), startsAt_tz: 'Asia/Shanghai', minutes: '45', mode: 'video', languages: ['ja', 'en'] } })
  expect(published.status()).toBe(201)
  const { doc: slot } = (await published.json()) as { doc: { id: number; officer: number | { id: number } } }
  expect(typeof slot.officer === 'object' ? slot.officer.id : slot.officer).toBe(officerId)
  await officerApi.dispose()
  expect((await request.get('/api/meeting-slots')).status()).toBe(403)
  expect((await request.get('/api/meeting-bookings')).status()).toBe(403)

  const email = `takahashi-${randomBytes(4).toString('hex')}@investor.e2e.test`
  const submitted = await request.post('/api/enquiries/submit?locale=ja', {
    headers: { 'x-forwarded-for': `10.${[...randomBytes(3)].join('.')}` },
    data: { type: 'general', name: '高橋 直樹', email, country: 'JP', message: '市北区の物流施設について、担当の方と直接お話ししたいです。', consent: true, idempotencyKey: crypto.randomUUID() },
  })
  expect(submitted.status()).toBe(201)
  const { reference, page: privateUrl } = (await submitted.json()) as { reference: string; page: string }
  await expect.poll(async () => (await queryE2eDatabase('select id from enquiries where reference = $1', [reference])).length).toBe(1)

  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  const page = await context.newPage()
  await page.goto(new URL(privateUrl).pathname + new URL(privateUrl).search)
  const section = page.locator('#meeting')
  await expect(section.getByRole('heading', { name: '面談を予約する' })).toBeVisible()
  const offered = section.getByTestId('meeting-slot').filter({ has: page.locator(`input[value="${slot.id}"]`) })
  await expect(offered).toContainText('11:00 JST')
  await expect(offered).toContainText('45分・オンライン（ビデオ通話）・日本語、英語')

  await offered.getByRole('radio').check()
  await section.getByRole('button', { name: 'この日時で予約する' }).click()
  await expect(section.getByRole('status')).toHaveText('面談のご予約を承りました。確認メールをお送りしました。')
  const booked = section.getByTestId('meeting-booked')
  await expect(booked).toContainText('ご予約中の面談')
  await expect(booked).toContainText('11:00 JST')
  await expect(section.getByTestId('meeting-slot')).toHaveCount(0)

  // Both sides' invitations wait in the outbox: the investor's in Japanese, the same event, in UTC, without the page's key.
  const key = new URL(privateUrl).searchParams.get('key') ?? ''
  const invitations = await queryE2eDatabase<{ to: string; subject: string; content: string }>(
    `select o."to", o.subject, a.content from outbox o join outbox_attachments a on a._parent_id = o.id
     join enquiries e on e.id = o.enquiry_id where e.reference = $1 and o.kind = 'meeting-booked' order by o."to"`,
    [reference],
  )
  expect(invitations.map(({ to }) => to).sort()).toEqual([email, officer.email].sort())
  const utcStart = startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')
  for (const invitation of invitations) {
    expect(invitation.content).toContain('METHOD:REQUEST')
    expect(invitation.content).toContain(`DTSTART:${utcStart}`)
    expect(invitation.content).not.toContain(key)
  }
  expect(invitations.find(({ to }) => to === email)?.subject).toBe(`面談のご予約を承りました（受付番号 ${reference}）`)

  await section.getByRole('button', { name: '予約をキャンセルする' }).click()
  await expect(section.getByRole('status')).toHaveText('面談をキャンセルしました。この日時は再び予約できるようになっています。')
  await expect(section.getByTestId('meeting-booked')).toHaveCount(0)
  await expect(offered).toContainText('11:00 JST')
  const cancellations = await queryE2eDatabase<{ content: string }>(
    `select a.content from outbox o join outbox_attachments a on a._parent_id = o.id
     join enquiries e on e.id = o.enquiry_id where e.reference = $1 and o.kind = 'meeting-cancelled'`,
    [reference],
  )
  expect(cancellations).toHaveLength(2)
  const uid = /UID:(\S+)/.exec(invitations[0].content)?.[1]
  for (const { content } of cancellations) {
    expect(content).toContain('METHOD:CANCEL')
    expect(content).toContain(`UID:${uid}`)
  }
  await context.close()
})

test('the officer whose slot it is cancels a booked meeting with a button, after a confirmation; a colleague sees no button', async ({ adminApi, browser, request, playwright, baseURL }, testInfo) => {
  test.setTimeout(120_000)
  const [officer, colleague] = await Promise.all([createStaff(adminApi, 'officer'), createStaff(adminApi, 'officer')])
  const startsAt = new Date(Date.now() + 4 * 24 * HOUR_MS)
  startsAt.setUTCHours(6, 30, 0, 0)
  const officerApi = await playwright.request.newContext({ baseURL, extraHTTPHeaders: await signInOverApi(request, 'users', officer) })
  const published = await officerApi.post('/api/meeting-slots', { data: { startsAt: startsAt.toISOString(), startsAt_tz: 'Asia/Shanghai', minutes: '30', mode: 'in-person', languages: ['en'] } })
  expect(published.status()).toBe(201)
  const { doc: slot } = (await published.json()) as { doc: { id: number } }
  await officerApi.dispose()

  const email = `ong-${randomBytes(4).toString('hex')}@investor.e2e.test`
  const submitted = await request.post('/api/enquiries/submit?locale=en', {
    headers: { 'x-forwarded-for': `10.${[...randomBytes(3)].join('.')}` },
    data: { type: 'general', name: 'Ong Wei Ling', email, country: 'SG', message: 'We would like to meet an officer about warehouse space.', consent: true, idempotencyKey: crypto.randomUUID() },
  })
  expect(submitted.status()).toBe(201)
  const { reference, page: privateUrl } = (await submitted.json()) as { reference: string; page: string }
  await expect.poll(async () => (await queryE2eDatabase('select id from enquiries where reference = $1', [reference])).length).toBe(1)
  const investorContext = await browser.newContext()
  const investor = await investorContext.newPage()
  await investor.goto(new URL(privateUrl).pathname + new URL(privateUrl).search)
  const section = investor.locator('#meeting')
  await section.getByTestId('meeting-slot').filter({ has: investor.locator(`input[value="${slot.id}"]`) }).getByRole('radio').check()
  await section.getByRole('button', { name: 'Book this time' }).click()
  await expect(section.getByTestId('meeting-booked')).toBeVisible()
  const [{ id: bookingId }] = await queryE2eDatabase<{ id: number }>(`select b.id from meeting_bookings b join enquiries e on e.id = b.enquiry_id where e.reference = $1`, [reference])

  // A colleague reads the booking, and has nothing to cancel it with.
  const colleagueContext = await browser.newContext()
  const colleaguePage = await colleagueContext.newPage()
  await signInToAdmin(colleaguePage, colleague)
  await colleaguePage.goto(`/admin/collections/meeting-bookings/${bookingId}`)
  await expect(colleaguePage.locator('#field-status')).toContainText('Booked')
  await expect(colleaguePage.getByRole('button', { name: 'Cancel meeting' })).toHaveCount(0)

  const staff = await browser.newContext()
  const admin = await staff.newPage()
  await signInToAdmin(admin, officer)
  // Looked at in Japanese on a phone first (screenshots under the test's output, not compared).
  await admin.setViewportSize({ width: 390, height: 844 })
  await staff.addCookies([{ name: 'payload-lng', value: 'ja', url: baseURL! }])
  await admin.goto(`/admin/collections/meeting-bookings/${bookingId}`)
  await admin.getByRole('button', { name: '面談をキャンセルする' }).click()
  await expect(admin.getByText('この面談をキャンセルしますか？')).toBeVisible()
  await admin.screenshot({ path: testInfo.outputPath('cancel-meeting-ja-390.png') })
  await admin.getByRole('button', { name: '面談を残す' }).click()
  await staff.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL! }])
  await admin.setViewportSize({ width: 1280, height: 900 })
  await admin.reload()
  await admin.getByRole('button', { name: 'Cancel meeting' }).click()
  await admin.screenshot({ path: testInfo.outputPath('cancel-meeting-en-1280.png') })
  await expect(admin.getByText('Cancel this meeting?')).toBeVisible()
  await expect(admin.getByText('The investor and you get an e-mail with the calendar’s cancellation')).toBeVisible()
  // Thinking better of it changes nothing.
  await admin.getByRole('button', { name: 'Keep it' }).click()
  await expect(admin.getByText('Cancel this meeting?')).toHaveCount(0)
  expect((await queryE2eDatabase<{ status: string }>('select status from meeting_bookings where id = $1', [bookingId]))[0].status).toBe('booked')
  await admin.getByRole('button', { name: 'Cancel meeting' }).click()
  await admin.getByRole('button', { name: 'Cancel the meeting' }).click()
  await expect(admin.locator('.payload-toast-container')).toContainText('Cancelled: the investor is being told by e-mail.')
  await expect(admin.getByRole('button', { name: 'Cancel meeting' })).toHaveCount(0)
  const [stored] = await queryE2eDatabase<{ status: string; cancelled_by: string }>('select status, cancelled_by from meeting_bookings where id = $1', [bookingId])
  expect(stored).toEqual({ status: 'cancelled', cancelled_by: 'officer' })

  // The investor's cancellation e-mail, as when they cancel themselves; their page offers the time again.
  const cancellations = await queryE2eDatabase<{ to: string; subject: string; content: string }>(
    `select o."to", o.subject, a.content from outbox o join outbox_attachments a on a._parent_id = o.id
     join enquiries e on e.id = o.enquiry_id where e.reference = $1 and o.kind = 'meeting-cancelled'`,
    [reference],
  )
  expect(cancellations.map(({ to }) => to).sort()).toEqual([email, officer.email].sort())
  for (const { content } of cancellations) expect(content).toContain('METHOD:CANCEL')
  await investor.reload()
  await expect(section.getByTestId('meeting-booked')).toHaveCount(0)
  await Promise.all([investorContext.close(), colleagueContext.close(), staff.close()])
})
