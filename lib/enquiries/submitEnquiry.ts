import type { Payload, RequiredDataFromCollectionSlug, TypedUser } from 'payload'

import { ENQUIRY_FORM_CONTEXT, ENQUIRY_IDEMPOTENCY_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { Enquiry } from '../../payload-types'
import { readEnquirySubject } from '../data/enquirySubject'
import { translatorFor } from '../i18n/translator'
import type { Locale } from '../i18n/locales'
import { consumeEnquiryAllowance } from '../rateLimit/enquiryRateLimit'
import { PRIVACY_NOTICE_VERSION } from './privacyNotice'
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
 * the first one got. Every message for the visitor is in their language.
 */
export async function submitEnquiry({ payload, input, locale, clientIp, partner = null }: SubmitArgs): Promise<SubmissionResult> {
  const t = await translatorFor(locale)
  const refuse = (reason: RefusalReason, formError: string): SubmissionResult => ({ isAccepted: false, reason, fieldErrors: {}, formError })

  if (typeof input[HONEYPOT_FIELD] === 'string' && input[HONEYPOT_FIELD] !== '') return refuse('rejected', t('enquire.errors.rejected'))

  const parsed = enquirySubmissionSchema.safeParse(input)
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([field, key]) => [field, t(`enquire.errors.${key}`)]),
    )
    return { isAccepted: false, reason: 'invalid', fieldErrors, formError: t('enquire.errors.summary') }
  }
  const submission = parsed.data

  const earlier = await findByIdempotencyKey(payload, submission, partner)
  if (earlier) return { isAccepted: true, reference: earlier }

  const allowance = await consumeEnquiryAllowance({ ip: partner ? `partner:${partner.id}` : clientIp, email: submission.email })
  if (!allowance.isAllowed) {
    return refuse('rateLimited', t('enquire.errors.rateLimited', { minutes: Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60)) }))
  }

  const subject = submission.subject ? await readEnquirySubject(payload, { type: submission.type, slug: submission.subject, locale }) : null
  try {
    const created = await payload.create({
      collection: COLLECTION_SLUGS.enquiries,
      overrideAccess: false,
      user: partner ?? undefined,
      context: { [ENQUIRY_FORM_CONTEXT]: true },
      // `status` is typed as required because it has a default; the form never sends it.
      data: {
        type: submission.type,
        subject: subject ? ({ relationTo: subject.collection, value: subject.id } as Enquiry['subject']) : undefined,
        name: submission.name,
        organisation: submission.organisation,
        email: submission.email,
        phone: submission.phone,
        country: submission.country,
        locale,
        message: submission.message,
        consent: true,
        privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
        idempotencyKey: submission.idempotencyKey,
      } as RequiredDataFromCollectionSlug<'enquiries'>,
    })
    return { isAccepted: true, reference: created.reference ?? '' }
  } catch (error) {
    // The same key sent twice at the same moment: the unique index let one through; answer with its reference.
    const winner = await findByIdempotencyKey(payload, submission, partner)
    if (winner) return { isAccepted: true, reference: winner }
    payload.logger.error({ msg: 'Enquiry could not be stored', err: error })
    return refuse('unavailable', t('enquire.errors.unavailable'))
  }
}

/**
 * The reference of the enquiry this submission already created, read with the form's own narrow access.
 * The e-mail must match too, so a key that leaked into someone else's form reveals nothing.
 */
async function findByIdempotencyKey(
  payload: Payload,
  { idempotencyKey, email }: EnquirySubmission,
  partner: TypedUser | null,
): Promise<string | null> {
  const { docs } = await payload.find({
    collection: COLLECTION_SLUGS.enquiries,
    overrideAccess: false,
    user: partner ?? undefined,
    context: { [ENQUIRY_FORM_CONTEXT]: true, [ENQUIRY_IDEMPOTENCY_CONTEXT]: idempotencyKey },
    where: { idempotencyKey: { equals: idempotencyKey }, email: { equals: email } },
    select: { reference: true },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return docs[0]?.reference ?? null
}
