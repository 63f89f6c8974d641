import { Forbidden, type Payload, ValidationError } from 'payload'

import { INVESTOR_PAGE_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import { isInvestorKey } from '../enquiries/investorKey'
import { isPageKeyGuessingBlocked } from '../enquiries/rateLimit'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { MeetingRefusal } from './refusal'

/** Why the page could not book or cancel: each is a sentence of `enquiryPage.meeting.errors` in the visitor's language. */
export type MeetingError = 'taken' | 'gone' | 'already' | 'closed' | 'choose' | 'unavailable'

export type MeetingResult = { isDone: true } | { isDone: false; reason: MeetingError; error: string }

type Visitor = { payload: Payload; reference: string; key: string; clientIp: string; locale: Locale }

/** Which of the booking's unique columns refused it: the slot (someone else was first) or the enquiry (it has one). */
function uniqueRefusal(error: ValidationError): MeetingError {
  const paths = error.data.errors.map(({ path }) => String(path ?? ''))
  return paths.some((path) => /active_?enquiry/i.test(path)) ? 'already' : 'taken'
}

async function refusal(locale: Locale, reason: MeetingError): Promise<MeetingResult> {
  const t = await translatorFor(locale)
  return { isDone: false, reason, error: t(`enquiryPage.meeting.errors.${reason}`) }
}

async function investorEnquiryId(payload: Payload, reference: string, context: Record<string, unknown>): Promise<number | null> {
  const { docs } = await payload.find({
    collection: COLLECTION_SLUGS.enquiries,
    where: { reference: { equals: reference } },
    context,
    overrideAccess: false,
    select: { reference: true },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return docs[0]?.id ?? null
}

/**
 * Books `slot` for the enquiry that the key opens, with the visitor's access (access/meetings.ts lets the
 * key book for its own enquiry only). The rules are the booking's (collections/MeetingBookings): the slot
 * still to come, the enquiry open, and the database's unique columns decide between rivals, so of any
 * number of simultaneous bookings of one slot exactly one stands; the others hear that it was just taken.
 */
export async function bookMeeting({ slot, ...visitor }: Visitor & { slot: unknown }): Promise<MeetingResult> {
  const { payload, reference, key, clientIp, locale } = visitor
  if (!isInvestorKey(reference, key) || (await isPageKeyGuessingBlocked(clientIp))) return refusal(locale, 'unavailable')
  const slotId = Number(slot)
  if (!Number.isInteger(slotId) || slotId <= 0) return refusal(locale, 'choose')
  const context = { [INVESTOR_PAGE_CONTEXT]: { reference, key } }
  try {
    const enquiryId = await investorEnquiryId(payload, reference, context)
    if (enquiryId === null) return refusal(locale, 'unavailable')
    await payload.create({ collection: COLLECTION_SLUGS.meetingBookings, data: { enquiry: enquiryId, slot: slotId, status: 'booked' }, context, overrideAccess: false })
    return { isDone: true }
  } catch (error) {
    if (error instanceof MeetingRefusal) return refusal(locale, error.reason)
    if (error instanceof ValidationError) return refusal(locale, uniqueRefusal(error))
    if (!(error instanceof Forbidden) && !isDatabaseUnavailableError(error)) payload.logger.error({ msg: 'A meeting could not be booked', err: error })
    return refusal(locale, 'unavailable')
  }
}

/** Cancels the enquiry's standing booking with the visitor's access: the slot is free again, and both sides are told. */
export async function cancelMeeting(visitor: Visitor): Promise<MeetingResult> {
  const { payload, reference, key, clientIp, locale } = visitor
  if (!isInvestorKey(reference, key) || (await isPageKeyGuessingBlocked(clientIp))) return refusal(locale, 'unavailable')
  try {
    const { docs } = await payload.update({
      collection: COLLECTION_SLUGS.meetingBookings,
      where: { and: [{ 'enquiry.reference': { equals: reference } }, { status: { equals: 'booked' } }] },
      data: { status: 'cancelled' },
      context: { [INVESTOR_PAGE_CONTEXT]: { reference, key } },
      overrideAccess: false,
      depth: 0,
    })
    return docs.length > 0 ? { isDone: true } : refusal(locale, 'gone')
  } catch (error) {
    if (!(error instanceof Forbidden) && !isDatabaseUnavailableError(error)) payload.logger.error({ msg: 'A meeting could not be cancelled', err: error })
    return refusal(locale, 'unavailable')
  }
}
