import { type Payload } from 'payload'

import { INVESTOR_PAGE_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { isInvestorKey } from './investorKey'
import { consumeEnquiryAllowance, isPageKeyGuessingBlocked } from './rateLimit'
import { enquirySubmissionSchema, errorKeyOf } from './submissionSchema'

export type InvestorReplyResult = { isSent: true } | { isSent: false; error: string }

type Args = { payload: Payload; reference: string; key: string; body: unknown; clientIp: string; locale: Locale }

/**
 * The investor's reply from their enquiry's private page: the key checked as for reading the page, the
 * text by the enquiry form's own rule for a message, the same allowance per address and e-mail as the form,
 * then written with the visitor's access (access/enquiries.ts lets the key write to its own enquiry only).
 * Every refusal is a sentence in the visitor's language; nothing they typed is lost (the page shows it again).
 */
export async function sendInvestorReply({ payload, reference, key, body, clientIp, locale }: Args): Promise<InvestorReplyResult> {
  const t = await translatorFor(locale)
  const refuse = (error: string): InvestorReplyResult => ({ isSent: false, error })
  if (!isInvestorKey(reference, key) || (await isPageKeyGuessingBlocked(clientIp))) return refuse(t('enquiryPage.reply.errors.unavailable'))
  const parsed = enquirySubmissionSchema.shape.message.safeParse(body)
  if (!parsed.success) return refuse(t(`enquire.errors.${errorKeyOf(parsed.error.issues[0])}`))
  const context = { [INVESTOR_PAGE_CONTEXT]: { reference, key } }
  try {
    const { docs } = await payload.find({
      collection: COLLECTION_SLUGS.enquiries,
      where: { reference: { equals: reference } },
      context,
      overrideAccess: false,
      select: { email: true },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const enquiry = docs[0]
    if (!enquiry) return refuse(t('enquiryPage.reply.errors.notYet'))
    const allowance = await consumeEnquiryAllowance({ ip: clientIp, email: enquiry.email })
    if (!allowance.isAllowed) return refuse(t('enquire.errors.rateLimited', { minutes: Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60)) }))
    await payload.create({ collection: COLLECTION_SLUGS.enquiryReplies, data: { enquiry: enquiry.id, body: parsed.data }, context, overrideAccess: false })
    return { isSent: true }
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) payload.logger.error({ msg: 'An investor reply could not be stored', err: error })
    return refuse(t('enquire.errors.unavailable'))
  }
}
