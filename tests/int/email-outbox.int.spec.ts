import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { deliverDueMessages } from '@/lib/email/deliverOutbox'
import { SEND_OUTBOX_TASK } from '@/lib/jobs/sendOutbox'
import { findFreePort } from '@/scripts/lib/free-port'
import { type SmtpSink, startSmtpSink } from '@/scripts/lib/smtp-sink'
import type { Enquiry, Outbox, User } from '@/payload-types'
import { createPartner, uniqueSuffix } from './fixtures'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const OUTBOX = COLLECTION_SLUGS.outbox

const resetForm = (email: string) => {
  const data = new FormData()
  data.set('email', email)
  return data
}
const SERVER_URL = 'http://portal.test'

describe('e-mail through the outbox', () => {
  let payload: Payload
  let smtpPort: number
  let officer: User
  let enquiry: Enquiry
  let smtp: SmtpSink | null = null

  const messagesOf = async (enquiryId: number): Promise<Outbox[]> =>
    (await payload.find({ collection: OUTBOX, where: { enquiry: { equals: enquiryId } }, depth: 0, pagination: false, sort: 'id' })).docs

  /** What the job runner does every 15 s: the scheduled `sendOutbox` task, run once. */
  const runSendOutboxJob = async () => {
    const job = await payload.jobs.queue({ task: SEND_OUTBOX_TASK, input: {} })
    await payload.jobs.runByID({ id: job.id })
  }

  beforeAll(async () => {
    smtpPort = await findFreePort()
    // The config reads these when it is imported, so it is imported only now.
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(smtpPort)
    process.env.SMTP_FROM = 'Invest Shibei <invest@shibei.test>'
    process.env.SERVER_URL = SERVER_URL
    const { getTestPayload } = await import('./payload')
    payload = await getTestPayload()
    // The delivery runs below see only this file's messages: the file has a database of its own.
    officer = await createStaffUser(payload, 'officer')
    enquiry = await payload.create({
      collection: COLLECTION_SLUGS.enquiries,
      data: {
        reference: `SB-TEST-${uniqueSuffix()}`,
        type: 'rcep',
        name: '佐藤 花子',
        organisation: '大阪商事株式会社',
        email: `${uniqueSuffix()}@investor.test`,
        locale: 'ja',
        status: 'new',
        message: 'RCEPの原産地証明について相談したいです。',
        consent: true,
      },
    })
  })

  afterAll(async () => {
    await smtp?.stop()
    await payload.delete({ collection: OUTBOX, where: { enquiry: { equals: enquiry.id } } })
    await payload.delete({ collection: COLLECTION_SLUGS.enquiries, id: enquiry.id })
    await deleteStaffUsers(payload)
  })

  it('writes the submitter’s confirmation and the officers’ alert to the outbox when an enquiry arrives', async () => {
    const messages = await messagesOf(enquiry.id)
    const confirmation = messages.find((message) => message.kind === 'enquiry-confirmation')
    const alert = messages.find((message) => message.kind === 'enquiry-notification' && message.to === officer.email)
    expect(confirmation).toMatchObject({ to: enquiry.email, status: 'queued', attempts: 0 })
    expect(confirmation?.subject).toContain(enquiry.reference)
    expect(alert?.text).toContain(`${SERVER_URL}/admin/collections/enquiries/${enquiry.id}`)
  })

  it('never turns what a visitor typed into a link, and keeps it out of the receipt', async () => {
    const lure = await payload.create({
      collection: COLLECTION_SLUGS.enquiries,
      data: {
        type: 'general',
        name: 'https://attacker.example/claim-your-grant',
        organisation: '<a href="https://attacker.example">Bureau</a>',
        email: `${uniqueSuffix()}@victim.test`,
        locale: 'en',
        message: 'Visit http://attacker.example/login to confirm.',
        consent: true,
        status: 'new',
      },
    })
    try {
      const messages = await messagesOf(lure.id)
      const receipt = messages.find((message) => message.kind === 'enquiry-confirmation')
      expect(receipt?.text).toContain(lure.reference)
      expect(`${receipt?.subject}${receipt?.text}${receipt?.html}`).not.toContain('attacker.example')
      const alert = messages.find((message) => message.kind === 'enquiry-notification' && message.to === officer.email)
      // The officers see what was typed, as text: the only link is the portal's own.
      expect(alert?.text).toContain('https://attacker.example/claim-your-grant')
      expect([...(alert?.html ?? '').matchAll(/href="([^"]*)"/g)].map(([, href]) => href)).toEqual([
        `${SERVER_URL}/admin/collections/enquiries/${lure.id}`,
        `${SERVER_URL}/admin/collections/enquiries/${lure.id}`,
      ])
      expect(alert?.html).toContain('&lt;a href=&quot;https://attacker.example&quot;&gt;Bureau&lt;/a&gt;')
    } finally {
      await payload.delete({ collection: OUTBOX, where: { enquiry: { equals: lure.id } } })
      await payload.delete({ collection: COLLECTION_SLUGS.enquiries, id: lure.id })
    }
  })

  it('keeps messages queued, untouched, while no SMTP server is configured', async () => {
    const host = process.env.SMTP_HOST
    delete process.env.SMTP_HOST
    try {
      await runSendOutboxJob()
    } finally {
      process.env.SMTP_HOST = host
    }
    const messages = await messagesOf(enquiry.id)
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) expect(message).toMatchObject({ status: 'queued', attempts: 0 })
  })

  it('keeps a message queued and retries it later when the SMTP server does not answer', async () => {
    const before = Date.now()
    await runSendOutboxJob()
    const messages = await messagesOf(enquiry.id)
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      expect(message.status).toBe('queued')
      expect(message.attempts).toBe(1)
      expect(new Date(message.nextAttemptAt).getTime()).toBeGreaterThan(before)
      expect(message.lastError).toMatch(/ECONNREFUSED|connect/i)
    }
  })

  it('delivers the waiting messages once the SMTP server is back, the confirmation in the submitter’s language', async () => {
    smtp = await startSmtpSink(smtpPort)
    // The retry is a minute away: let that minute pass.
    await payload.update({ collection: OUTBOX, where: { enquiry: { equals: enquiry.id } }, data: { nextAttemptAt: new Date(Date.now() - 1000).toISOString() } })
    await runSendOutboxJob()

    const messages = await messagesOf(enquiry.id)
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      expect(message.status).toBe('sent')
      expect(message.sentAt).toBeTruthy()
    }
    const confirmation = smtp.received.find((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === enquiry.email)
    expect(confirmation?.subject).toBe(`お問い合わせを受け付けました（受付番号 ${enquiry.reference}）`)
    // Nothing the visitor typed, the name included, goes into the bureau's mail to the address they gave.
    expect(confirmation?.text).not.toContain('佐藤')
    expect(confirmation?.text).toContain('営業日以内')
    expect(confirmation?.from?.text).toContain('invest@shibei.test')
    const alert = smtp.received.find((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === officer.email)
    expect(alert?.text).toContain(`${SERVER_URL}/admin/collections/enquiries/${enquiry.id}`)
  })

  it('puts a reset token into the message only as it leaves, then forgets it', async () => {
    const partner = await createPartner(payload, 'Hanoi Business Council')
    // Imported here, not above: it loads the config, which must see the SMTP settings set in beforeAll.
    const { requestPartnerPasswordReset } = await import('@/app/(frontend)/[locale]/partner/forgot-password/actions')
    try {
      await requestPartnerPasswordReset('en', { email: '', isDone: false, error: null }, resetForm(partner.email))
      await runSendOutboxJob()
      const mail = smtp!.received.find((received) => received.to && !Array.isArray(received.to) && received.to.text === partner.email)
      const [account] = (await payload.find({ collection: COLLECTION_SLUGS.partners, where: { id: { equals: partner.id } }, showHiddenFields: true })).docs
      const token = (account as { resetPasswordToken?: string }).resetPasswordToken
      expect(token).toBeTruthy()
      expect(mail?.text).toContain(`${SERVER_URL}/en/partner/reset-password?token=${token}`)
      expect(mail?.html).toContain(`href="${SERVER_URL}/en/partner/reset-password?token=${token}"`)
      const [kept] = (await payload.find({ collection: OUTBOX, where: { to: { equals: partner.email } }, depth: 0 })).docs
      expect(kept).toMatchObject({ status: 'sent', sealedSecret: null })
      expect(`${kept.text}${kept.html}`).not.toContain(token)
    } finally {
      await payload.delete({ collection: OUTBOX, where: { to: { equals: partner.email } } })
      await payload.delete({ collection: COLLECTION_SLUGS.partners, id: partner.id })
    }
  })

  it('sends each message once even when two runners overlap', async () => {
    const received = smtp!.received
    const countBefore = received.length
    const extra = await payload.create({
      collection: OUTBOX,
      data: {
        to: `${uniqueSuffix()}@investor.test`,
        subject: 'Overlap check',
        text: 'Once only.',
        kind: 'enquiry-confirmation',
        enquiry: enquiry.id,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
    })
    const reports = await Promise.all([deliverDueMessages(payload), deliverDueMessages(payload)])
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(1)
    expect(received.slice(countBefore).filter((mail) => mail.subject === 'Overlap check')).toHaveLength(1)
    expect((await payload.findByID({ collection: OUTBOX, id: extra.id })).status).toBe('sent')
  })

  it('sends a message’s attachments with it, such as a meeting’s calendar invitation', async () => {
    const invitation = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n'
    const to = `${uniqueSuffix()}@investor.test`
    await payload.create({
      collection: OUTBOX,
      data: {
        to,
        subject: 'Meeting booked',
        text: 'See the invitation.',
        kind: 'meeting-booked',
        enquiry: enquiry.id,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
        attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: invitation }],
      },
    })
    await deliverDueMessages(payload)
    const mail = smtp!.received.find((received) => received.to && !Array.isArray(received.to) && received.to.text === to)
    expect(mail?.attachments).toHaveLength(1)
    expect(mail?.attachments[0]).toMatchObject({ filename: 'invite.ics', contentType: 'text/calendar' })
    expect(mail?.attachments[0].content.toString('utf8')).toBe(invitation)
  })

  it('is never written or read through the API by anyone but staff who work enquiries', async () => {
    await expect(payload.find({ collection: OUTBOX, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const editor = await createStaffUser(payload, 'editor')
    await expect(payload.find({ collection: OUTBOX, user: editor, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: OUTBOX,
        data: { to: 'x@x.test', subject: 'x', text: 'x', kind: 'enquiry-confirmation', status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString() },
        user: officer,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const { docs } = await payload.find({ collection: OUTBOX, user: officer, overrideAccess: false, where: { enquiry: { equals: enquiry.id } } })
    expect(docs.length).toBeGreaterThan(0)
  })
})
