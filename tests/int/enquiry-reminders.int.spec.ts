import type { Payload } from 'payload'
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import { replyDueAt } from '@/lib/dates/businessDays'
import { loadWorkingCalendar } from '@/lib/dates/workingCalendar'
import { sendDueReminders } from '@/lib/enquiries/reminders'
import type { Enquiry, Outbox, User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries
const REMINDER_KINDS = ['enquiry-due-reminder', 'enquiry-unassigned', 'enquiry-overdue'] as const

/** An instant on the office's clock (Qingdao, UTC+8). */
const at = (officeTime: string) => new Date(`${officeTime}:00+08:00`)

/**
 * The calendar this file works on, made up for the test: Monday 20 September 2027 is a holiday, Sunday 26
 * September a make-up working day, Friday 1 October a holiday.
 */
const CALENDAR = {
  publicHolidays: [
    { date: '2027-09-20', name: 'Test holiday' },
    { date: '2027-10-01', name: 'Test holiday' },
  ],
  makeUpWorkdays: [{ date: '2027-09-26', name: 'Test holiday' }],
}

describe('reminders and escalation on the working calendar', () => {
  let payload: Payload
  let japaneseOfficer: User
  let officer: User
  let admin: User

  const createEnquiry = async (data: Partial<Enquiry>): Promise<Enquiry> =>
    payload.create({
      collection: ENQUIRIES,
      data: {
        reference: `SB-TEST-${uniqueSuffix()}`,
        type: 'project',
        status: 'new',
        name: 'Nakamura Yui',
        email: `${uniqueSuffix()}@investor.test`,
        locale: 'ja',
        message: 'A cold-chain warehouse near the port, 5,000 m².',
        consent: true,
        ...data,
      },
    })
  const reminders = async (enquiry: Enquiry, kind: (typeof REMINDER_KINDS)[number]): Promise<Outbox[]> =>
    (await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: enquiry.id }, kind: { equals: kind } }, depth: 0, sort: 'to' })).docs
  const anyReminders = async (enquiry: Enquiry): Promise<Outbox[]> =>
    (await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: enquiry.id }, kind: { in: [...REMINDER_KINDS] } }, depth: 0 })).docs

  beforeAll(async () => {
    payload = await getTestPayload()
    const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site })
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { name: site.name || 'Invest Shibei', ...CALENDAR, _status: 'published' } })
    // The admin first: the first account is always made an admin.
    admin = await payload.update({ collection: COLLECTION_SLUGS.users, id: (await createStaffUser(payload, 'admin')).id, data: { languages: ['ko'] } })
    japaneseOfficer = await payload.update({ collection: COLLECTION_SLUGS.users, id: (await createStaffUser(payload, 'officer')).id, data: { name: '王晓明', languages: ['ja', 'zh'] } })
    officer = await createStaffUser(payload, 'officer')
    expect([admin, japaneseOfficer, officer].map(({ roles }) => roles)).toEqual([['admin'], ['officer'], ['officer']])
  })

  afterEach(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { id: { exists: true } } })
    await payload.delete({ collection: ENQUIRIES, where: { id: { exists: true } } })
  })

  afterAll(async () => {
    await deleteStaffUsers(payload)
  })

  it('reads the calendar staff entered', async () => {
    const calendar = await loadWorkingCalendar(payload)
    expect([...calendar.holidays].sort()).toEqual(['2027-09-20', '2027-10-01'])
    expect([...calendar.makeUpWorkdays]).toEqual(['2027-09-26'])
  })

  it('e-mails the assignee once, in their language, from the opening of the working day before the reply is due', async () => {
    const enquiry = await createEnquiry({ assignee: japaneseOfficer.id, dueAt: at('2027-09-22T15:00').toISOString() })

    expect(await sendDueReminders(payload, at('2027-09-21T08:50'))).toMatchObject({ due: 0 })
    expect(await reminders(enquiry, 'enquiry-due-reminder')).toHaveLength(0)

    expect(await sendDueReminders(payload, at('2027-09-21T09:10'))).toMatchObject({ due: 1 })
    expect(await sendDueReminders(payload, at('2027-09-21T09:20'))).toMatchObject({ due: 0 })
    const sent = await reminders(enquiry, 'enquiry-due-reminder')
    expect(sent).toHaveLength(1)
    const [message] = sent
    expect(message.to).toBe(japaneseOfficer.email)
    expect(message.subject).toBe(`お問い合わせ ${enquiry.reference} の回答期限が近づいています`)
    expect(message.text).toContain('2027年9月22日水曜日 15:00')
    expect(message.text).toContain(`/admin/collections/${ENQUIRIES}/${enquiry.id}`)
    // Nothing the investor typed.
    for (const typed of [enquiry.name, enquiry.email, enquiry.message]) expect(message.text).not.toContain(typed)

    const stamped = await payload.findByID({ collection: ENQUIRIES, id: enquiry.id })
    expect(stamped.dueReminderSentAt).toBe(at('2027-09-21T09:10').toISOString())
  })

  it('sends nothing on a Saturday or a listed holiday: the reminder waits for the next working morning', async () => {
    // Due on Tuesday; Monday is a holiday, so the working day before is Friday.
    const enquiry = await createEnquiry({ assignee: officer.id, dueAt: at('2027-09-21T16:00').toISOString() })
    await sendDueReminders(payload, at('2027-09-18T10:00'))
    await sendDueReminders(payload, at('2027-09-19T10:00'))
    await sendDueReminders(payload, at('2027-09-20T10:00'))
    expect(await reminders(enquiry, 'enquiry-due-reminder')).toHaveLength(0)

    await sendDueReminders(payload, at('2027-09-21T09:00'))
    const sent = await reminders(enquiry, 'enquiry-due-reminder')
    expect(sent).toHaveLength(1)
    // An officer who named no language reads the office's language with English below.
    expect(sent[0].subject).toBe(`咨询 ${enquiry.reference} 答复期限将至 / Enquiry ${enquiry.reference}: the reply is due Tuesday, 21 September 2027 at 16:00`)
  })

  it('sends on a make-up Sunday, which is the working day before a Monday deadline', async () => {
    const enquiry = await createEnquiry({ assignee: officer.id, dueAt: at('2027-09-27T15:00').toISOString() })
    await sendDueReminders(payload, at('2027-09-24T10:00'))
    await sendDueReminders(payload, at('2027-09-25T10:00'))
    expect(await reminders(enquiry, 'enquiry-due-reminder')).toHaveLength(0)
    await sendDueReminders(payload, at('2027-09-26T10:00'))
    expect(await reminders(enquiry, 'enquiry-due-reminder')).toHaveLength(1)
  })

  it('puts an enquiry nobody took within four business hours before every officer, counting across a weekend and a holiday', async () => {
    // Friday 16:00: an hour and a half that day; Saturday, Sunday and the Monday holiday do not count; Tuesday 11:30.
    const enquiry = await createEnquiry({ createdAt: at('2027-09-17T16:00').toISOString(), dueAt: at('2027-09-23T16:00').toISOString() })
    expect(new Date(enquiry.createdAt).toISOString()).toBe(at('2027-09-17T16:00').toISOString())
    for (const now of ['2027-09-17T17:20', '2027-09-18T12:00', '2027-09-20T12:00', '2027-09-21T11:20']) {
      expect(await sendDueReminders(payload, at(now))).toMatchObject({ unassigned: 0 })
    }
    expect(await sendDueReminders(payload, at('2027-09-21T11:40'))).toMatchObject({ unassigned: 1 })
    await sendDueReminders(payload, at('2027-09-21T14:00'))

    const sent = await reminders(enquiry, 'enquiry-unassigned')
    expect(sent.map(({ to }) => to).sort()).toEqual([japaneseOfficer.email, officer.email].sort())
    const japanese = sent.find(({ to }) => to === japaneseOfficer.email)!
    expect(japanese.subject).toBe(`お問い合わせ ${enquiry.reference} の担当者が決まっていません`)
    expect(japanese.text).toContain('2027年9月17日金曜日 16:00 に届きました')
  })

  it('counts a make-up Sunday’s office hours towards the four', async () => {
    // Sunday 15:00: two and a half hours that day, then Monday 09:00 to 10:30.
    const enquiry = await createEnquiry({ createdAt: at('2027-09-26T15:00').toISOString(), dueAt: at('2027-09-28T15:00').toISOString() })
    await sendDueReminders(payload, at('2027-09-27T10:20'))
    expect(await reminders(enquiry, 'enquiry-unassigned')).toHaveLength(0)
    await sendDueReminders(payload, at('2027-09-27T10:40'))
    expect(await reminders(enquiry, 'enquiry-unassigned')).toHaveLength(2)
  })

  it('tells the admins, and only them, once, when the reply is overdue', async () => {
    const enquiry = await createEnquiry({ assignee: japaneseOfficer.id, dueAt: at('2027-09-22T10:00').toISOString() })
    await sendDueReminders(payload, at('2027-09-21T10:00'))
    expect(await reminders(enquiry, 'enquiry-overdue')).toHaveLength(0)

    expect(await sendDueReminders(payload, at('2027-09-22T10:10'))).toMatchObject({ overdue: 1 })
    expect(await sendDueReminders(payload, at('2027-09-22T10:20'))).toMatchObject({ overdue: 0 })
    const sent = await reminders(enquiry, 'enquiry-overdue')
    expect(sent.map(({ to }) => to)).toEqual([admin.email])
    expect(sent[0].subject).toBe(`문의 ${enquiry.reference}의 답변 기한이 지났습니다`)
    expect(sent[0].text).toContain('王晓明')
    // The assignee had the day-before reminder, not the escalation.
    expect((await reminders(enquiry, 'enquiry-due-reminder')).map(({ to }) => to)).toEqual([japaneseOfficer.email])
  })

  it('reminds nobody of a closed, answered or spam enquiry', async () => {
    const past = { createdAt: at('2027-09-14T10:00').toISOString(), dueAt: at('2027-09-16T10:00').toISOString() }
    const won = await createEnquiry({ ...past, status: 'won' })
    const spam = await createEnquiry({ ...past, status: 'spam' })
    const answered = await createEnquiry({ ...past, status: 'contacted', assignee: officer.id })
    const soonDue = await createEnquiry({ status: 'lost', assignee: officer.id, dueAt: at('2027-09-22T15:00').toISOString() })
    await sendDueReminders(payload, at('2027-09-21T10:00'))
    for (const enquiry of [won, spam, answered, soonDue]) expect(await anyReminders(enquiry)).toEqual([])
  })

  it('sets the reply deadline of a new enquiry on the calendar: a listed holiday is not a business day', async () => {
    const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site })
    // The next three days are holidays for this test, whatever today is.
    const today = Date.now()
    const days = [1, 2, 3].map((day) => new Date(today + day * 24 * 60 * 60 * 1000 + 8 * 60 * 60 * 1000).toISOString().slice(0, 10))
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { publicHolidays: days.map((date) => ({ date, name: 'Test holiday' })), _status: 'published' } })
    try {
      const before = new Date()
      const enquiry = await createEnquiry({})
      const calendar = await loadWorkingCalendar(payload)
      const expected = replyDueAt({ from: before, businessDays: site.enquiryResponseBusinessDays ?? 2, calendar })
      expect(Math.abs(new Date(enquiry.dueAt!).getTime() - expected.getTime())).toBeLessThan(60_000)
      // At least three days later than two business days would be with no holidays.
      expect(new Date(enquiry.dueAt!).getTime() - before.getTime()).toBeGreaterThan(4 * 24 * 60 * 60 * 1000)
    } finally {
      await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { publicHolidays: CALENDAR.publicHolidays, _status: 'published' } })
    }
  })
})
