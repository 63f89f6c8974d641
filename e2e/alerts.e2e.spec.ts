import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, request, test } from '@playwright/test'
import type { ParsedMail } from 'mailparser'

import { type MailedPortal, startMailedPortal } from './support/mailedPortal'

/** A header as the message carried it, unfolded (mailparser parses the List-* headers into objects of its own). */
function headerOf(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line
  return line?.replace(/\r?\n[ \t]+/g, ' ').slice(name.length + 1).trim()
}

/** The first link of an e-mail's text that starts with `prefix`. */
function linkIn(mail: ParsedMail, prefix: string): string | undefined {
  return (mail.text ?? '').split(/\s+/).find((word) => word.startsWith(prefix))
}

// One reader's alerts, on a portal whose e-mail goes to the test's own SMTP server.
test.describe.serial('e-mail alerts: subscribe, confirm, one alert per publish, unsubscribe', () => {
  let portal: MailedPortal
  let adminApi: APIRequestContext

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    portal = await startMailedPortal()
  })

  test.afterAll(async () => {
    await adminApi?.dispose()
    await portal?.stop()
  })

  /** Every message to `to` so far. */
  const mailTo = (to: string) => portal.mail.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === to)

  /** Waits until the publish's alert job has run and the outbox has sent (or given up on) everything it holds for `to`. */
  async function alertsSettled(to: string) {
    await expect
      .poll(async () => (await portal.query<{ count: string }>(`select count(*) from payload_jobs where task_slug = 'queueAlerts'`))[0].count, { message: 'the alert job has run', timeout: 60_000 })
      .toBe('0')
    await expect
      .poll(async () => (await portal.query<{ count: string }>(`select count(*) from outbox where "to" = $1 and status = 'queued'`, [to]))[0].count, { message: 'the outbox has sent it', timeout: 60_000 })
      .toBe('0')
  }

  /** Staff write a project in Chinese, add its English, and publish it. */
  async function publishProject(title: { zh: string; en: string }, summary?: string) {
    const created = await adminApi.post('/api/projects?locale=zh', { data: { title: title.zh, _status: 'draft' } })
    expect(created.status(), await created.text()).toBe(201)
    const { id } = ((await created.json()) as { doc: { id: number } }).doc
    const published = await adminApi.patch(`/api/projects/${id}?locale=en`, { data: { title: title.en, summary, _status: 'published' } })
    expect(published.status(), await published.text()).toBe(200)
  }

  test('a reader subscribes in English, confirms by the link, gets exactly one alert of a publish, unsubscribes, and hears of nothing more', async ({ browser }) => {
    test.setTimeout(180_000)
    const suffix = randomBytes(3).toString('hex')
    const signUp = await request.newContext({ baseURL: portal.baseURL })
    const admin = { email: `alerts-admin-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
    const registered = await signUp.post('/api/users/first-register', { data: { ...admin, confirmPassword: admin.password } })
    expect(registered.status(), await registered.text()).toBe(200)
    const { token } = (await registered.json()) as { token: string }
    await signUp.dispose()
    adminApi = await request.newContext({ baseURL: portal.baseURL, extraHTTPHeaders: { authorization: `JWT ${token}` } })

    const reader = `reader-${suffix}@investor.e2e.test`
    const context = await browser.newContext({ baseURL: portal.baseURL, locale: 'en-GB' })
    const page = await context.newPage()

    await test.step('the form keeps what was typed when something is missing, then sends a confirmation link', async () => {
      await page.goto('/en/alerts')
      await page.getByRole('textbox', { name: 'Email address' }).fill(reader)
      await page.getByRole('checkbox', { name: 'Projects' }).check()
      await page.getByRole('button', { name: 'Subscribe' }).click()
      const summary = page.getByRole('main').getByRole('alert')
      await expect(summary).toContainText('Please correct the fields marked below and send the form again.')
      await expect(page.locator('#alerts-consent-error')).toHaveText('Please tick the box so that we can keep your subscription.')
      await summary.getByRole('link', { name: 'Consent: Please tick the box so that we can keep your subscription.' }).click()
      await expect(page.getByLabel('I agree that my email address and these choices are kept to send me these alerts.')).toBeFocused()
      await expect(page.getByRole('textbox', { name: 'Email address' })).toHaveValue(reader)
      await expect(page.getByRole('checkbox', { name: 'Projects' })).toBeChecked()
      await page.getByLabel('I agree that my email address and these choices are kept to send me these alerts.').check()
      await page.getByRole('button', { name: 'Subscribe' }).click()
      await expect(page.getByRole('status')).toContainText(`we have sent a link to ${reader}`)
    })

    await test.step('the link in the confirmation e-mail confirms the subscription', async () => {
      await expect.poll(() => mailTo(reader).length, { message: 'the confirmation e-mail', timeout: 45_000 }).toBe(1)
      const [confirmation] = mailTo(reader)
      expect(confirmation.subject).toBe('Please confirm your alerts from the Shibei District Investment Promotion Bureau')
      const link = linkIn(confirmation, `${portal.baseURL}/en/alerts/confirm?`)
      expect(link, 'the e-mail links to the confirmation page with its secret').toMatch(/\?s=\d+&key=[\w-]{43}$/)
      await page.goto(link!)
      await page.getByRole('button', { name: 'Confirm my subscription' }).click()
      await expect(page.getByRole('status')).toHaveText(/^Your alerts are on\./)
    })

    const title = `Cruise terminal hotel ${suffix}`
    await test.step('staff publish a project: exactly one alert arrives, with the one-click unsubscribe headers', async () => {
      await publishProject({ zh: `邮轮码头酒店 ${suffix}`, en: title }, 'A hotel beside the cruise terminal.')
      await alertsSettled(reader)
      const alerts = mailTo(reader).filter((mail) => mail.subject === `New in Projects: ${title}`)
      expect(alerts).toHaveLength(1)
      expect(mailTo(reader)).toHaveLength(2)
      const [alert] = alerts
      expect(alert.text).toContain('A hotel beside the cruise terminal.')
      expect(headerOf(alert, 'List-Unsubscribe')).toMatch(new RegExp(`^<${portal.baseURL}/api/alerts/unsubscribe\\?s=\\d+&key=[\\w-]{43}>$`))
      expect(headerOf(alert, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    })

    await test.step('the alert’s unsubscribe link ends the subscription, and the next publish sends nothing', async () => {
      const alert = mailTo(reader).find((mail) => mail.subject === `New in Projects: ${title}`)!
      const link = linkIn(alert, `${portal.baseURL}/en/alerts/unsubscribe?`)
      expect(link).toBeTruthy()
      await page.goto(link!)
      await page.getByRole('button', { name: 'Unsubscribe' }).click()
      await expect(page.getByRole('status')).toHaveText(/^You have unsubscribed\./)
      // A mail client's one-click request to the header's address is answered without a page (already done: still fine).
      const oneClick = await request.newContext()
      const answer = await oneClick.post(headerOf(alert, 'List-Unsubscribe')!.slice(1, -1), { form: { 'List-Unsubscribe': 'One-Click' } })
      expect(answer.status()).toBe(200)
      await oneClick.dispose()

      await publishProject({ zh: `游艇码头写字楼 ${suffix}`, en: `Marina offices ${suffix}` })
      await alertsSettled(reader)
      expect(mailTo(reader)).toHaveLength(2)
      const [{ count }] = await portal.query<{ count: string }>(`select count(*) from alert_subscribers where email = $1`, [reader])
      expect(count).toBe('0')
    })
    await context.close()
  })
})
