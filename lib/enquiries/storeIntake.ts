import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type RequiredDataFromCollectionSlug, type TypedUser, ValidationError } from 'payload'

import { ENQUIRY_FORM_CONTEXT } from '../../access/enquiries'
import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { Enquiry } from '../../payload-types'
import { readEnquirySubject } from './subject'
import { markIntakeFailed, markIntakeStored, MAX_STORE_ATTEMPTS } from './intake'
import type { AcceptedIntake } from './intakeTable'
import { ENQUIRY_INTAKE_REFERENCE_CONTEXT } from './reference'

/**
 * The partner who sent a submission, read with that partner's own access, for a retry that runs
 * without the partner's session. Null when the account is gone: the enquiry is then stored unlinked.
 */
export async function partnerOf(payload: Payload, partnerId: number): Promise<TypedUser | null> {
  const partner = await payload.findByID({
    collection: COLLECTION_SLUGS.partners,
    id: partnerId,
    user: { id: partnerId, collection: COLLECTION_SLUGS.partners } as TypedUser,
    overrideAccess: false,
    depth: 0,
    disableErrors: true,
  })
  return partner ? ({ ...partner, collection: COLLECTION_SLUGS.partners } as TypedUser) : null
}

/** What went wrong, for the record: a validation error names each field and its message. */
function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => `${path}: ${message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Turns one claimed submission into its enquiry, through Payload's create with the form's narrow
 * access, so every hook runs (status history, reply deadline, outbox). The enquiry and the intake's
 * "stored" mark commit together: a crash leaves the submission waiting, never stored twice. The intake
 * row is the submission's one idempotency record; its enquiry carries the same (unique) reference. A
 * failure is logged and the queue tries again later; true when the enquiry now exists.
 */
export async function storeIntakeEnquiry(payload: Payload, row: AcceptedIntake, partner: TypedUser | null = null): Promise<boolean> {
  const submission = row.submission
  if (!submission) return true
  const user = partner ?? (row.partnerId !== null ? await partnerOf(payload, row.partnerId) : null)
  const req = await createLocalReq(
    { user: user ?? undefined, context: { [ENQUIRY_FORM_CONTEXT]: true, [ENQUIRY_INTAKE_REFERENCE_CONTEXT]: row.reference } },
    payload,
  )
  try {
    await initTransaction(req)
    // Marked first, so the row stays locked until the enquiry commits: a second process storing it
    // (its claim timed out meanwhile) waits here, then finds it stored and leaves it.
    if (!(await markIntakeStored({ payload, req, id: row.id }))) {
      await killTransaction(req)
      return true
    }
    const subject = submission.subject ? await readEnquirySubject(payload, { type: submission.type, slug: submission.subject, locale: row.locale }) : null
    await payload.create({
      collection: COLLECTION_SLUGS.enquiries,
      overrideAccess: false,
      req,
      depth: 0,
      // `status` is typed as required because it has a default; the form never sends it.
      data: {
        type: submission.type,
        subject: subject ? ({ relationTo: subject.collection, value: subject.id } as Enquiry['subject']) : undefined,
        name: submission.name,
        organisation: submission.organisation,
        email: submission.email,
        phone: submission.phone,
        country: submission.country,
        locale: row.locale,
        message: submission.message,
        consent: true,
        privacyNoticeVersion: submission.privacyNoticeVersion,
      } as RequiredDataFromCollectionSlug<'enquiries'>,
    })
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ msg: `Enquiry ${row.reference} could not be stored (attempt ${row.attempts} of ${MAX_STORE_ATTEMPTS})`, err: error })
    await markIntakeFailed({ payload, id: row.id, error: reasonOf(error) }).catch((markError: unknown) =>
      payload.logger.error({ msg: `Enquiry ${row.reference}: the failed attempt could not be recorded`, err: markError }),
    )
    return false
  }
}
