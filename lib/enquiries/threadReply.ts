import { type Payload, type TypedUser } from 'payload'

import { INVESTOR_PAGE_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { ThreadReader } from '../data/enquiryThread'
import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { investorKeyFor, isInvestorKey } from './investorKey'
import { consumeEnquiryAllowance, isPageKeyGuessingBlocked } from './rateLimit'
import { spoolReply, startSpoolReplay } from './spool'
import type { SpooledReply } from './spoolStore'
import { partnerOf } from './storeIntake'
import { enquirySubmissionSchema, errorKeyOf } from './submissionSchema'

/** Sent: on the thread now, or (`isKept`) kept in the spool while the database is away, on the thread when it returns. */
export type ThreadReplyResult = { isSent: true; isKept: false } | { isSent: true; isKept: true; notice: string } | { isSent: false; error: string }

type Args = { payload: Payload; reference: string; reader: ThreadReader; body: unknown; clientIp: string; locale: Locale }

/**
 * A reply to the enquiry's thread from outside the bureau: the investor from the private page (the key
 * checked as for reading the page) or the partner that sent the enquiry, from its area. The text passes the
 * enquiry form's own rule for a message and the same allowance per address and e-mail as the form; it is
 * written with the sender's own access (access/enquiries.ts lets each write to its own enquiries only).
 * Every refusal is a sentence in the visitor's language; nothing they typed is lost (the page shows it again).
 */
export async function sendThreadReply({ payload, reference, reader, body, clientIp, locale }: Args): Promise<ThreadReplyResult> {
  const t = await translatorFor(locale)
  const refuse = (error: string): ThreadReplyResult => ({ isSent: false, error })
  if ('investorKey' in reader && (!isInvestorKey(reference, reader.investorKey) || (await isPageKeyGuessingBlocked(clientIp)))) {
    return refuse(t('enquiryPage.reply.errors.unavailable'))
  }
  const parsed = enquirySubmissionSchema.shape.message.safeParse(body)
  if (!parsed.success) return refuse(t(`enquire.errors.${errorKeyOf(parsed.error.issues[0])}`))
  const asSender =
    'investorKey' in reader
      ? { context: { [INVESTOR_PAGE_CONTEXT]: { reference, key: reader.investorKey } } }
      : { user: { ...reader.partner, collection: COLLECTION_SLUGS.partners } }
  try {
    const { docs } = await payload.find({
      collection: COLLECTION_SLUGS.enquiries,
      where: { reference: { equals: reference } },
      ...asSender,
      overrideAccess: false,
      select: { email: true },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const enquiry = docs[0]
    if (!enquiry) return refuse(t('investorKey' in reader ? 'enquiryPage.reply.errors.notYet' : 'enquire.errors.unavailable'))
    const email = 'investorKey' in reader ? enquiry.email : reader.partner.email
    const allowance = await consumeEnquiryAllowance({ ip: clientIp, email })
    if (!allowance.isAllowed) return refuse(t('enquire.errors.rateLimited', { minutes: Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60)) }))
    await payload.create({ collection: COLLECTION_SLUGS.enquiryReplies, data: { enquiry: enquiry.id, body: parsed.data }, ...asSender, overrideAccess: false })
    return { isSent: true, isKept: false }
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) {
      payload.logger.error({ msg: 'A reply to an enquiry could not be stored', err: error })
      return refuse(t('enquire.errors.unavailable'))
    }
  }
  // PostgreSQL is away: the reply is kept in the enquiry spool, as a form submission would be, and put on
  // the thread when it returns. The allowance is the sender's address and the enquiry's (its e-mail needs the database).
  const allowance = await consumeEnquiryAllowance({ ip: clientIp, email: 'investorKey' in reader ? `enquiry:${reference}` : reader.partner.email })
  if (!allowance.isAllowed) return refuse(t('enquire.errors.rateLimited', { minutes: Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60)) }))
  try {
    await spoolReply({ reference, locale, sender: 'investorKey' in reader ? { investor: true } : { partnerId: Number(reader.partner.id) }, body: parsed.data })
    payload.logger.warn(`A reply to enquiry ${reference} was kept while the database is away; it goes on the thread when the database returns.`)
    startSpoolReplay(payload)
    return { isSent: true, isKept: true, notice: t('enquiryPage.reply.kept') }
  } catch (error) {
    payload.logger.error({ msg: `A reply to enquiry ${reference} could not be kept either`, err: error })
    return refuse(t('enquire.errors.unavailable'))
  }
}

/**
 * Puts a reply kept while the database was away on its thread, with its sender's access, as if sent then
 * (its date is when it was written): the officer hears of it as of any reply. Exactly once: a reply with
 * the same text and date already on the thread (a replay that stopped before forgetting the entry) is it.
 * False when its enquiry is not there yet (it may itself be waiting in the intake): the entry waits.
 */
export async function storeSpooledReply(payload: Payload, entry: SpooledReply): Promise<boolean> {
  let asSender: { context: Record<string, unknown> } | { user: TypedUser }
  if ('investor' in entry.sender) {
    asSender = { context: { [INVESTOR_PAGE_CONTEXT]: { reference: entry.reference, key: investorKeyFor(entry.reference) } } }
  } else {
    const partner = await partnerOf(payload, entry.sender.partnerId)
    if (!partner) throw new Error(`the partner account ${entry.sender.partnerId} that wrote it is gone`)
    asSender = { user: partner }
  }
  const { docs } = await payload.find({
    collection: COLLECTION_SLUGS.enquiries,
    where: { reference: { equals: entry.reference } },
    ...asSender,
    overrideAccess: false,
    select: { reference: true },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const enquiry = docs[0]
  if (!enquiry) return false
  const { totalDocs } = await payload.count({
    collection: COLLECTION_SLUGS.enquiryReplies,
    where: { enquiry: { equals: enquiry.id }, createdAt: { equals: entry.receivedAt }, body: { equals: entry.body } },
    ...asSender,
    overrideAccess: false,
  })
  if (totalDocs > 0) return true
  await payload.create({
    collection: COLLECTION_SLUGS.enquiryReplies,
    data: { enquiry: enquiry.id, body: entry.body, createdAt: entry.receivedAt },
    ...asSender,
    overrideAccess: false,
  })
  return true
}
