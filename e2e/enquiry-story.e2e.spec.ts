import { randomBytes } from 'node:crypto'

import { type APIRequestContext, type Browser, type BrowserContext, expect, request, test } from '@playwright/test'
import type { ParsedMail } from 'mailparser'

import { type MailedPortal, startMailedPortal } from './support/mailedPortal'
import { E2E_ADMIN_LANGUAGE, signInToAdmin } from './support/staff'

const HOUR_MS = 60 * 60 * 1000

/** The moment as the investor's page writes it for a reader in Tokyo (components/enquiry/ReaderTime.tsx). */
const inTokyo = (moment: Date) =>
  new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: 'Asia/Tokyo' }).format(moment)

/** The first link to the investor's private page in an e-mail's text. */
const privatePageLink = (mail: ParsedMail) => /https?:\/\/\S+\/ja\/enquiries\/SB-[\w-]+\?key=[\w-]{43}(#\w+)?/.exec(mail.text ?? '')?.[0]

/** An iCalendar file's properties, its folded lines unfolded (RFC 5545, 3.1). */
function icsProperties(ics: string): Map<string, string[]> {
  const properties = new Map<string, string[]>()
  for (const line of ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line)
    if (match) properties.set(match[1], [...(properties.get(match[1]) ?? []), match[2]])
  }
  return properties
}

/** `20261207T020000Z` as a Date. */
const icsUtc = (value: string) => new Date(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))

// The whole story of one enquiry, in Japanese, on a portal whose e-mail goes to the test's own SMTP server.
test.describe.serial('an enquiry answered inside the system, from the form to the report', () => {
  let portal: MailedPortal
  let adminApi: APIRequestContext
  const browserContexts: BrowserContext[] = []

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    portal = await startMailedPortal()
  })

  test.afterAll(async () => {
    await Promise.all(browserContexts.map((context) => context.close()))
    await adminApi?.dispose()
    await portal?.stop()
  })

  const newContext = async (browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await browser.newContext({ baseURL: portal.baseURL, ...options })
    browserContexts.push(context)
    return context
  }

  /**
   * Waits for the e-mail to `to` whose subject is `subject` (or which `subject` accepts), as the outbox
   * delivers it within a tick or two.
   */
  const mailTo = async (to: string, subject: string | ((mail: ParsedMail) => boolean)): Promise<ParsedMail> => {
    const matches = typeof subject === 'string' ? (mail: ParsedMail) => mail.subject === subject : subject
    const find = () => portal.mail.find((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === to && matches(mail))
    await expect.poll(() => Boolean(find()), { message: `an e-mail to ${to}: ${subject}`, timeout: 45_000 }).toBe(true)
    return find()!
  }

  test('submit, receipt, reply from a template, reply back, a meeting in Tokyo time, closing, follow-up, report', async ({ browser }) => {
    test.setTimeout(180_000)
    const suffix = randomBytes(3).toString('hex')

    // The portal's first account is its administrator; it adds the officer, who writes Japanese.
    const signUp = await request.newContext({ baseURL: portal.baseURL })
    const admin = { email: `story-admin-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
    const registered = await signUp.post('/api/users/first-register', { data: { ...admin, confirmPassword: admin.password } })
    expect(registered.status(), await registered.text()).toBe(200)
    const { token } = (await registered.json()) as { token: string }
    await signUp.dispose()
    adminApi = await request.newContext({ baseURL: portal.baseURL, extraHTTPHeaders: { authorization: `JWT ${token}` } })
    const officer = { email: `story-officer-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
    const officerCreated = await adminApi.post('/api/users', { data: { ...officer, roles: ['officer'], name: '中村 美咲', languages: ['ja', 'zh'], adminLanguage: E2E_ADMIN_LANGUAGE } })
    expect(officerCreated.status(), await officerCreated.text()).toBe(201)
    const officerId = ((await officerCreated.json()) as { doc: { id: number } }).doc.id
    expect((await adminApi.patch(`/api/users/${officerId}?locale=ja`, { data: { signature: '青島市市北区投資促進局\n中村 美咲' } })).status()).toBe(200)
    const templateTitle = `一般的なお問い合わせへのご回答 ${suffix}`
    const template = await adminApi.post('/api/reply-templates', {
      data: {
        title: templateTitle,
        type: 'general',
        language: 'ja',
        body: '{{investorName}} 様\n\nお問い合わせ（受付番号 {{reference}}）をいただき、ありがとうございます。\nご質問の点について、担当者よりご案内いたします。\n\n{{officerSignature}}',
      },
    })
    expect(template.status(), await template.text()).toBe(201)

    const investorEmail = `matsumoto-${suffix}@investor.e2e.test`
    const investorContext = await newContext(browser, { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
    const investor = await investorContext.newPage()
    let reference = ''

    await test.step('the investor submits the Japanese form and opens the private page from the receipt', async () => {
      await investor.goto('/ja/enquire')
      await investor.locator('#enquiry-name').fill('松本 大輔')
      await investor.locator('#enquiry-email').fill(investorEmail)
      await investor.locator('#enquiry-country').selectOption('JP')
      await investor.locator('#enquiry-message').fill('市北区で物流拠点を設ける場合の手続きについて、担当の方に伺いたいです。')
      await investor.locator('#enquiry-consent').check()
      await investor.getByRole('button', { name: '送信する' }).click()
      await expect(investor).toHaveURL(/\/ja\/enquire\/thanks\?ref=SB-/)
      reference = (await investor.getByTestId('enquiry-reference').textContent()) ?? ''
      expect(reference).toMatch(/^SB-/)

      const receipt = await mailTo(investorEmail, `お問い合わせを受け付けました（受付番号 ${reference}）`)
      expect(receipt.text).toContain(`受付番号 ${reference} にて承りました。`)
      const link = privatePageLink(receipt)
      expect(link, 'the receipt links to the private page with its key').toBeTruthy()
      await investor.goto(link!)
      await expect(investor.getByRole('heading', { level: 1 })).toHaveText(`お問い合わせ ${reference} の状況`)
      await expect(investor.getByTestId('enquiry-message')).toContainText('市北区で物流拠点を設ける場合の手続きについて')
      await expect(investor.getByTestId('enquiry-status')).toHaveText('受け付けました。投資担当者が順次対応いたします。')
    })
    const privatePage = investor.url()

    const staffContext = await newContext(browser)
    const staff = await staffContext.newPage()

    await test.step('the officer assigns it to themselves and answers from the Japanese template', async () => {
      await signInToAdmin(staff, officer)
      await staff.goto('/admin/collections/enquiries')
      await staff.getByRole('link', { name: reference }).click()
      await expect(staff.getByTestId('thread-entry').first()).toContainText('市北区で物流拠点を設ける場合の手続きについて')
      await staff.getByRole('button', { name: 'Assign to me' }).click()
      await expect(staff.locator('#field-assignee')).toContainText(officer.email)
      await staff.locator('#action-save').click()
      await expect(staff.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })

      const picker = staff.getByLabel('Start from a template')
      const option = picker.locator('optgroup').first().locator('option', { hasText: templateTitle })
      await expect(picker.locator('optgroup').first()).toHaveAttribute('label', 'For this enquiry')
      await picker.selectOption((await option.getAttribute('value')) ?? '')
      const box = staff.getByLabel('Your reply')
      await expect(box).toHaveValue(new RegExp(`^松本 大輔 様\\n\\nお問い合わせ（受付番号 ${reference}）をいただき`))
      await expect(box).toHaveValue(/青島市市北区投資促進局\n中村 美咲$/)
      await box.fill((await box.inputValue()).replace('ご質問の点について、担当者よりご案内いたします。', '物流拠点の手続きについて、資料をお送りします。'))
      await staff.getByRole('button', { name: 'Send reply' }).click()
      await expect(staff.locator('.payload-toast-container')).toContainText('Sent: the reply is on the thread')
      await expect(staff.getByTestId('thread-entry')).toHaveCount(2)

      const answer = await mailTo(investorEmail, `お問い合わせ（受付番号 ${reference}）への回答`)
      expect(answer.text).toContain('物流拠点の手続きについて、資料をお送りします。')
      expect(privatePageLink(answer)).toBe(privatePage)
    })

    await test.step('the investor reads the answer on their page and writes back', async () => {
      await investor.reload()
      await expect(investor.getByTestId('enquiry-status')).toHaveText('投資担当者よりメールで回答いたしました。')
      const reply = investor.getByTestId('enquiry-reply')
      await expect(reply).toContainText('投資担当者からの回答')
      await expect(reply).toContainText('物流拠点の手続きについて、資料をお送りします。')
      await expect(investor.getByTestId('enquiry-officer')).toContainText('中村 美咲')

      await investor.getByLabel('返信内容').fill('ありがとうございます。倉庫の候補地についても伺えますか。')
      await investor.getByRole('button', { name: '返信を送信する' }).click()
      await expect(investor.getByRole('status')).toHaveText('返信を送信しました。担当者からの回答は、このページとメールでお知らせします。')
      await expect(investor.getByTestId('investor-reply')).toContainText('倉庫の候補地についても伺えますか。')
      // The assignee hears of it by e-mail, and reads it on the thread.
      const notice = await mailTo(officer.email, (mail) => (mail.text ?? '').includes('倉庫の候補地についても伺えますか。'))
      expect(notice.subject).toContain(reference)
      await staff.reload()
      await expect(staff.getByTestId('thread-entry').last()).toContainText('倉庫の候補地についても伺えますか。')
    })

    // Three days ahead at 10:00 in Qingdao, which is 11:00 in Tokyo.
    const startsAt = new Date(Date.now() + 3 * 24 * HOUR_MS)
    startsAt.setUTCHours(2, 0, 0, 0)

    await test.step('the investor books the officer’s slot, shown in Tokyo time, and both get the .ics', async () => {
      const officerApi = await request.newContext({ baseURL: portal.baseURL })
      const signedIn = await officerApi.post('/api/users/login', { data: officer })
      const officerToken = ((await signedIn.json()) as { token: string }).token
      const slot = await officerApi.post('/api/meeting-slots', {
        headers: { authorization: `JWT ${officerToken}` },
        data: { startsAt: startsAt.toISOString(), startsAt_tz: 'Asia/Shanghai', minutes: '45', mode: 'video', languages: ['ja', 'zh'] },
      })
      expect(slot.status(), await slot.text()).toBe(201)
      await officerApi.dispose()

      await investor.reload()
      const section = investor.locator('#meeting')
      const offered = section.getByTestId('meeting-slot')
      await expect(offered).toHaveCount(1)
      await expect(offered).toContainText(inTokyo(startsAt))
      await expect(offered).toContainText('11:00 JST')
      await offered.getByRole('radio').check()
      await section.getByRole('button', { name: 'この日時で予約する' }).click()
      await expect(section.getByRole('status')).toHaveText('面談のご予約を承りました。確認メールをお送りしました。')
      await expect(section.getByTestId('meeting-booked')).toContainText(inTokyo(startsAt))

      const invitations = [
        await mailTo(investorEmail, `面談のご予約を承りました（受付番号 ${reference}）`),
        await mailTo(officer.email, (mail) => (mail.subject ?? '').startsWith(`面談の予約：${reference}（`)),
      ]
      for (const invitation of invitations) {
        const ics = invitation.attachments.find((attachment) => attachment.filename?.endsWith('.ics'))
        expect(ics, `an .ics attached to "${invitation.subject}"`).toBeTruthy()
        const properties = icsProperties(ics!.content.toString('utf8'))
        expect(properties.get('METHOD')).toEqual(['REQUEST'])
        expect(properties.get('DTSTART')).toHaveLength(1)
        expect(icsUtc(properties.get('DTSTART')![0]).toISOString()).toBe(startsAt.toISOString())
      }
    })

    await test.step('the officer closes it as won; the follow-up comes and the investor is satisfied', async () => {
      await staff.reload()
      await staff.locator('#field-status').click()
      await staff.getByRole('option', { name: 'Won', exact: true }).click()
      await staff.locator('#action-save').click()
      await expect(staff.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })

      // Fourteen days pass for this enquiry, and the follow-up job's next run is now rather than at its next tenth minute.
      const [closed] = await portal.query<{ status: string }>(`update enquiries set closed_at = closed_at - interval '15 days' where reference = $1 and closed_at is not null returning status`, [reference])
      expect(closed?.status).toBe('won')
      await expect
        .poll(async () => {
          await portal.query(`update payload_jobs set wait_until = now() where task_slug = 'sendFollowUps' and completed_at is null and processing = false`)
          const run = await adminApi.get('/api/payload-jobs/run?queue=default')
          expect(run.status()).toBe(200)
          return portal.mail.some((mail) => mail.subject === `お問い合わせ（受付番号 ${reference}）のその後について`)
        }, { timeout: 60_000, intervals: [1_000, 2_000, 5_000] })
        .toBe(true)
      const followUp = await mailTo(investorEmail, `お問い合わせ（受付番号 ${reference}）のその後について`)
      expect(followUp.text).toContain('ほかにお手伝いできることはございませんか。')
      const link = privatePageLink(followUp)
      expect(link).toBe(`${privatePage}#feedback`)

      await investor.goto(link!)
      const feedback = investor.locator('#feedback')
      await expect(feedback.getByRole('heading', { level: 2 })).toHaveText('今回の対応はお役に立ちましたか')
      await feedback.getByRole('button', { name: '満足した', exact: true }).click()
      await expect(investor.getByTestId('feedback-recorded')).toHaveText('ご回答ありがとうございます。「満足した」と承りました。')
    })

    await test.step('the report in the admin counts the satisfied answer', async () => {
      await staff.goto('/admin/enquiry-report')
      await expect(staff.getByRole('heading', { level: 1, name: 'Enquiry report' })).toBeVisible()
      await expect(staff.getByTestId('report-satisfaction').locator('desc')).toContainText('Satisfied: 1')
    })
  })
})
