import { Forbidden, type Payload } from 'payload'
import * as z from 'zod/mini'

import { INVESTOR_PAGE_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import { SATISFACTION_ANSWERS } from '../constants/options'
import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { isInvestorKey } from './investorKey'
import { isPageKeyGuessingBlocked } from './rateLimit'

export type InvestorFeedbackResult = { isRecorded: true } | { isRecorded: false; error: string }

const answerSchema = z.enum(SATISFACTION_ANSWERS)

type Args = { payload: Payload; reference: string; key: string; answer: unknown; clientIp: string; locale: Locale }

/**
 * The investor's answer to the follow-up, from their enquiry's private page: the key checked as for reading
 * the page, the answer one of the two the page offers, written with the visitor's access, which lets the
 * key change this one field of its own enquiry, and only once the enquiry is closed (access/enquiries.ts).
 * Answering again replaces the answer. Every refusal is a sentence in the visitor's language.
 */
export async function recordInvestorFeedback({ payload, reference, key, answer, clientIp, locale }: Args): Promise<InvestorFeedbackResult> {
  const t = await translatorFor(locale)
  const refuse = (): InvestorFeedbackResult => ({ isRecorded: false, error: t('enquiryPage.reply.errors.unavailable') })
  const parsed = answerSchema.safeParse(answer)
  if (!parsed.success || !isInvestorKey(reference, key) || (await isPageKeyGuessingBlocked(clientIp))) return refuse()
  try {
    const { docs } = await payload.update({
      collection: COLLECTION_SLUGS.enquiries,
      where: { reference: { equals: reference } },
      data: { satisfaction: parsed.data },
      context: { [INVESTOR_PAGE_CONTEXT]: { reference, key } },
      overrideAccess: false,
      depth: 0,
      select: { reference: true },
    })
    return docs.length === 1 ? { isRecorded: true } : refuse()
  } catch (error) {
    if (!(error instanceof Forbidden) && !isDatabaseUnavailableError(error)) payload.logger.error({ msg: 'An investor’s follow-up answer could not be stored', err: error })
    return refuse()
  }
}
