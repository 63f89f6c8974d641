import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'

import { enquiryRecipients } from '../../collections/Enquiries/hooks/notifyNewEnquiry'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { Enquiry, User } from '../../payload-types'
import { AWAITING_REPLY_STATUSES, type OutboxKind } from '../constants/options'
import { addBusinessHours, isWorkingTime, openingOfPreviousWorkingDay, type WorkingCalendar } from '../dates/businessDays'
import { loadWorkingCalendar } from '../dates/workingCalendar'
import { enquiryReminder, type ReminderKind } from '../email/enquiryEmails'
import { enqueueEmail, enquiryAdminUrl } from '../email/outbox'
import { relationId } from '../relationId'
import { overdueWhere } from './overdue'

/** An enquiry nobody has taken after this many business hours is put before every officer. */
export const UNASSIGNED_ALERT_BUSINESS_HOURS = 4

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/**
 * How far ahead of a due date its reminder can fall: the working day before it is at most a long holiday
 * and the weekends around it earlier.
 */
const DUE_LOOKAHEAD_DAYS = 21

/** At most this many enquiries per kind of reminder and run; the rest wait for the next run. */
const BATCH = 50

type Stamp = 'dueReminderSentAt' | 'unassignedAlertSentAt' | 'overdueAlertSentAt'

type Reminder = {
  kind: ReminderKind
  outboxKind: OutboxKind
  stamp: Stamp
  sort: 'dueAt' | 'createdAt'
  /** The enquiries that may need this reminder now; `isDue` decides on the working calendar. */
  where: (now: Date) => Where
  isDue: (enquiry: Enquiry, now: Date, calendar: WorkingCalendar) => boolean
  recipients: (req: PayloadRequest, enquiry: Enquiry) => Promise<Pick<User, 'email' | 'languages'>[]>
}

/** Only an enquiry whose investor still waits for a first answer is reminded of: never a closed one, never spam. */
const awaitingReply: Where = { status: { in: [...AWAITING_REPLY_STATUSES] } }

const staffSelect = { email: true, languages: true, name: true } as const

async function usersWithRole(req: PayloadRequest, role: 'admin'): Promise<User[]> {
  const { docs } = await req.payload.find({ collection: COLLECTION_SLUGS.users, where: { roles: { in: [role] } }, depth: 0, pagination: false, select: staffSelect, req })
  return docs as User[]
}

async function findUser(req: PayloadRequest, id: number | null): Promise<User | null> {
  if (id === null) return null
  return (await req.payload.findByID({ collection: COLLECTION_SLUGS.users, id, depth: 0, select: staffSelect, req, disableErrors: true })) as User | null
}

const REMINDERS: Reminder[] = [
  {
    // The assignee, from the opening of the working day before the reply is due, until it is due.
    kind: 'due',
    outboxKind: 'enquiry-due-reminder',
    stamp: 'dueReminderSentAt',
    sort: 'dueAt',
    where: (now) => ({
      and: [
        awaitingReply,
        { assignee: { exists: true } },
        { dueReminderSentAt: { exists: false } },
        { dueAt: { greater_than: now.toISOString() } },
        { dueAt: { less_than: new Date(now.getTime() + DUE_LOOKAHEAD_DAYS * DAY_MS).toISOString() } },
      ],
    }),
    isDue: (enquiry, now, calendar) => Boolean(enquiry.dueAt) && openingOfPreviousWorkingDay(new Date(enquiry.dueAt!), calendar) <= now,
    recipients: async (req, enquiry) => {
      const assignee = await findUser(req, relationId(enquiry.assignee))
      return assignee ? [assignee] : []
    },
  },
  {
    // Every officer (the admins when there is none), once nobody has taken it for four business hours.
    kind: 'unassigned',
    outboxKind: 'enquiry-unassigned',
    stamp: 'unassignedAlertSentAt',
    sort: 'createdAt',
    where: (now) => ({
      and: [
        awaitingReply,
        { assignee: { exists: false } },
        { unassignedAlertSentAt: { exists: false } },
        // Four business hours are at least four hours.
        { createdAt: { less_than_equal: new Date(now.getTime() - UNASSIGNED_ALERT_BUSINESS_HOURS * HOUR_MS).toISOString() } },
      ],
    }),
    isDue: (enquiry, now, calendar) => addBusinessHours({ from: new Date(enquiry.createdAt), hours: UNASSIGNED_ALERT_BUSINESS_HOURS, calendar }) <= now,
    recipients: (req) => enquiryRecipients(req),
  },
  {
    // The admins, once the reply is overdue.
    kind: 'overdue',
    outboxKind: 'enquiry-overdue',
    stamp: 'overdueAlertSentAt',
    sort: 'dueAt',
    where: (now) => ({ and: [overdueWhere(now), { overdueAlertSentAt: { exists: false } }] }),
    isDue: () => true,
    recipients: (req) => usersWithRole(req, 'admin'),
  },
]

export type RemindersSent = Record<ReminderKind, number>

/**
 * Writes the reminders that enquiries have become due for: the assignee the working day before the reply
 * is due, every officer when an enquiry is still unassigned after four business hours, the admins when
 * one is overdue. Only in office hours on a working day of the site's calendar: a reminder that falls due
 * on a weekend or holiday waits for the next working morning. Each is written with its stamp in one
 * transaction per enquiry, so none is sent twice. Runs as a job on the one instance that runs jobs; `now`
 * is a parameter so that tests can move the clock.
 */
export async function sendDueReminders(payload: Payload, now: Date = new Date()): Promise<RemindersSent> {
  const sent: RemindersSent = { due: 0, unassigned: 0, overdue: 0 }
  const calendar = await loadWorkingCalendar(payload)
  if (!isWorkingTime(now, calendar)) return sent
  for (const reminder of REMINDERS) {
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.enquiries, where: reminder.where(now), sort: reminder.sort, depth: 0, limit: BATCH, pagination: false })
    for (const enquiry of docs) {
      if (!enquiry.reference || !reminder.isDue(enquiry, now, calendar)) continue
      if (await sendReminder(payload, reminder, enquiry, now)) sent[reminder.kind] += 1
    }
  }
  return sent
}

async function sendReminder(payload: Payload, reminder: Reminder, enquiry: Enquiry, now: Date): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  try {
    await initTransaction(req)
    const { docs: claimed } = await payload.update({
      collection: COLLECTION_SLUGS.enquiries,
      where: { and: [{ id: { equals: enquiry.id } }, reminder.where(now)] },
      data: { [reminder.stamp]: now.toISOString() },
      depth: 0,
      req,
    })
    if (claimed.length === 1) {
      const assignee = await findUser(req, relationId(enquiry.assignee))
      const adminUrl = enquiryAdminUrl(enquiry.id)
      for (const recipient of await reminder.recipients(req, enquiry)) {
        const content = enquiryReminder({ enquiry, kind: reminder.kind, recipient, assigneeName: assignee ? assignee.name || assignee.email : null, adminUrl })
        await enqueueEmail({ req, to: recipient.email, content, kind: reminder.outboxKind, enquiryId: enquiry.id })
      }
    }
    await commitTransaction(req)
    return claimed.length === 1
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ msg: `The ${reminder.kind} reminder of enquiry ${enquiry.reference} could not be written`, err: error })
    return false
  }
}
