import { type Payload } from 'payload'

import { INVESTOR_PAGE_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { ThreadReader } from '../data/enquiryThread'
import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { isInvestorKey } from './investorKey'
import { consumeEnquiryAllowance, isPageKeyGuessingBlocked } from './rateLimit'
import { enquirySubmissionSchema, errorKeyOf } from './submissionSchema'

export type ThreadReplyResult = { isSent: true } | { isSent: false; error: string }

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
    return { isSent: true }
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) payload.logger.error({ msg: 'A reply to an enquiry could not be stored', err: error })
    return refuse(t('enquire.errors.unavailable'))
  }
}
