import type { Payload, TypedUser } from 'payload'

import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import { translatorFor } from '../i18n/translator'
import type { Locale } from '../i18n/locales'
import { findIntakeReference, recordIntake } from './intake'
import { releaseInlineSlot, startIntakeDrain, takeInlineSlot } from './intakeQueue'
import { PRIVACY_NOTICE_VERSION } from './privacyNotice'
import { consumeEnquiryAllowance, refundEnquiryAllowance } from './rateLimit'
import { findSpooledReference, spoolSubmission, startSpoolReplay } from './spool'
import { storeIntakeEnquiry } from './storeIntake'
import { type EnquiryField, type EnquirySubmission, enquirySubmissionSchema, fieldErrorsOf, HONEYPOT_FIELD } from './submissionSchema'

/** Why a submission was refused: the JSON endpoint answers each with its own HTTP status. */
export type RefusalReason = 'invalid' | 'rejected' | 'rateLimited' | 'unavailable'

export type SubmissionResult =
  | { isAccepted: true; reference: string }
  | { isAccepted: false; reason: RefusalReason; fieldErrors: Partial<Record<EnquiryField, string>>; formError: string | null }

type SubmitArgs = {
  payload: Payload
  /** The form's fields exactly as sent. */
  input: Record<string, unknown>
  locale: Locale
  clientIp: string
  /** A signed-in partner submitting for a client; the enquiry is tied to it on the server. */
  partner?: TypedUser | null
}

/**
 * Turns one form submission into exactly one enquiry: validated against the shared schema, bots and
 * floods turned away, and a repeated submission (double click, retried POST) answered with the reference
 * the first one got. Accepted means written to the intake with its reference; the enquiry itself is
 * stored before the answer when the server has room, else from the queue moments later (see
 * `intakeQueue.ts`). Every message for the visitor is in their language.
 */
export async function submitEnquiry({ payload, input, locale, clientIp, partner = null }: SubmitArgs): Promise<SubmissionResult> {
  const t = await translatorFor(locale)
  const refuse = (reason: RefusalReason, formError: string): SubmissionResult => ({ isAccepted: false, reason, fieldErrors: {}, formError })

  // People leave the hidden field empty or never send it; anything else in it, of any type, marks a bot.
  const honeypot = input[HONEYPOT_FIELD]
  if (honeypot !== undefined && honeypot !== '') return refuse('rejected', t('enquire.errors.rejected'))

  const parsed = enquirySubmissionSchema.safeParse(input)
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([field, key]) => [field, t(`enquire.errors.${key}`)]),
    )
    return { isAccepted: false, reason: 'invalid', fieldErrors, formError: t('enquire.errors.summary') }
  }
  const submission = parsed.data

  // A retry is counted like a new submission, then given its allowance back once the INSERT finds its
  // key taken: a new submission, the common case, thus costs the database one statement, not two.
  const sender = { ip: partner ? `partner:${partner.id}` : clientIp, email: submission.email }
  const allowance = await consumeEnquiryAllowance(sender)
  if (!allowance.isAllowed) {
    const earlier = await findIntakeReference(payload, submission)
    if (earlier) return { isAccepted: true, reference: earlier }
    return refuse('rateLimited', t('enquire.errors.rateLimited', { minutes: Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60)) }))
  }

  // Kept in the spool while the database was away and not yet moved into it: a retry gets the same reference.
  const keptEarlier = await findSpooledReference(submission)
  if (keptEarlier) {
    await refundEnquiryAllowance(sender)
    return { isAccepted: true, reference: keptEarlier }
  }

  // A partner lands on its own list of enquiries next, so its submission is always stored before the answer.
  const isStoredNow = partner !== null || takeInlineSlot()
  try {
    const { type, subject, name, organisation, email, phone, country, message } = submission
    const intake = await recordIntake({
      payload,
      idempotencyKey: submission.idempotencyKey,
      submission: { type, subject, name, organisation, email, phone, country, message, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
      locale,
      partnerId: partner ? Number(partner.id) : null,
      isClaimed: isStoredNow,
    })
    if (!intake) {
      // The key is taken: a retry of an accepted submission (or its twin sent at the same moment); answer
      // with that one's reference. The same key from another address is not theirs to learn.
      await refundEnquiryAllowance(sender)
      const earlier = await findIntakeReference(payload, submission)
      if (earlier) return { isAccepted: true, reference: earlier }
      return refuse('unavailable', t('enquire.errors.unavailable'))
    }
    if (isStoredNow) await storeIntakeEnquiry(payload, intake, partner)
    else startIntakeDrain(payload)
    return { isAccepted: true, reference: intake.reference }
  } catch (error) {
    const spooled = isDatabaseUnavailableError(error) ? await keepForLater({ payload, submission, locale, partner }) : null
    if (spooled) return { isAccepted: true, reference: spooled }
    payload.logger.error({ msg: 'Enquiry could not be accepted', err: error })
    return refuse('unavailable', t('enquire.errors.unavailable'))
  } finally {
    if (isStoredNow && partner === null) releaseInlineSlot()
  }
}

/**
 * PostgreSQL is away: the submission is kept in the spool (lib/enquiries/spool.ts: this host's disk, or Redis) with a
 * reference of its own and moved into the database when it returns. Null when it could not be kept
 * either (the visitor is then asked to try again), or when its key is kept for another address.
 */
async function keepForLater({ payload, submission, locale, partner }: { payload: Payload; submission: EnquirySubmission; locale: Locale; partner: TypedUser | null }): Promise<string | null> {
  const { idempotencyKey, type, subject, name, organisation, email, phone, country, message } = submission
  try {
    const reference = await spoolSubmission({
      idempotencyKey,
      email,
      locale,
      partnerId: partner ? Number(partner.id) : null,
      submission: { type, subject, name, organisation, email, phone, country, message, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    })
    if (reference) {
      payload.logger.warn(`Enquiry ${reference} kept in the spool while the database is away; it is stored when the database returns.`)
      startSpoolReplay(payload)
    }
    return reference
  } catch (error) {
    payload.logger.error({ msg: 'Enquiry could not be kept in the spool either', err: error })
    return null
  }
}
