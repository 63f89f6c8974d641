import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '../../collections/slugs'
import { CLOSED_STATUSES } from '../constants/options'
import { enquiryFollowUp } from '../email/enquiryEmails'
import { enqueueEmail } from '../email/outbox'
import { investorKeyFor } from './investorKey'

/** How long after closing the investor is asked whether they need anything else, unless `site` says otherwise. */
export const DEFAULT_FOLLOW_UP_DAYS = 14

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A follow-up more than this many days late is not sent: "we recently closed your enquiry" would not be
 * true (enquiries closed long before this feature, or while jobs were stopped for weeks).
 */
export const FOLLOW_UP_WINDOW_DAYS = 30

/** At most this many follow-ups are written per run; the rest wait for the next run. */
const BATCH = 50

/** Enquiries closed as won or lost `days` (to `days` + the window) before `now` whose investor has not had their follow-up. */
export function followUpDueWhere(now: Date, days: number): Where {
  return {
    and: [
      { status: { in: [...CLOSED_STATUSES] } },
      { closedAt: { less_than_equal: new Date(now.getTime() - days * DAY_MS).toISOString() } },
      { closedAt: { greater_than: new Date(now.getTime() - (days + FOLLOW_UP_WINDOW_DAYS) * DAY_MS).toISOString() } },
      { followUpSentAt: { exists: false } },
    ],
  }
}

/**
 * Writes the one follow-up e-mail each closed enquiry earns, in its investor's language, with the link to
 * its private page (sealed in the outbox, as every such link), and stamps it, in one transaction per
 * enquiry: the e-mail and the stamp are stored together or not at all, so none is sent twice. Runs as a
 * job on the one instance that runs jobs; `now` is a parameter so that tests can move the clock.
 */
export async function sendDueFollowUps(payload: Payload, now: Date = new Date()): Promise<{ sent: number }> {
  const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, depth: 0, select: { followUpDays: true } })
  const days = site.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS
  const { docs } = await payload.find({
    collection: COLLECTION_SLUGS.enquiries,
    where: followUpDueWhere(now, days),
    sort: 'closedAt',
    depth: 0,
    limit: BATCH,
    pagination: false,
  })
  let sent = 0
  for (const enquiry of docs) {
    if (!enquiry.reference) continue
    const req = await createLocalReq({}, payload)
    try {
      await initTransaction(req)
      const { docs: claimed } = await payload.update({
        collection: COLLECTION_SLUGS.enquiries,
        where: { and: [{ id: { equals: enquiry.id } }, followUpDueWhere(now, days)] },
        data: { followUpSentAt: now.toISOString() },
        depth: 0,
        req,
      })
      if (claimed.length === 1) {
        await enqueueEmail({ req, to: enquiry.email, content: enquiryFollowUp({ enquiry }), kind: 'enquiry-follow-up', enquiryId: enquiry.id, secret: investorKeyFor(enquiry.reference) })
        sent += 1
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      payload.logger.error({ msg: `The follow-up of enquiry ${enquiry.reference} could not be written`, err: error })
    }
  }
  return { sent }
}
