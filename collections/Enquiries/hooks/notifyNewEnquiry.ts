import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { COLLECTION_SLUGS } from '../../slugs'
import { enquiryConfirmation, enquiryNotification } from '../../../lib/email/enquiryEmails'
import { enqueueEmail, enquiryAdminUrl } from '../../../lib/email/outbox'
import { investorKeyFor } from '../../../lib/enquiries/investorKey'
import { replyBusinessDays } from '../../../lib/enquiries/replyDeadline'
import type { Enquiry, User } from '../../../payload-types'

/**
 * Who hears of a new enquiry: every investment officer, since they share the pipeline and triage it
 * together. Should there be none yet, the admins, so that no enquiry arrives unseen.
 */
export async function enquiryRecipients(req: PayloadRequest): Promise<User[]> {
  for (const role of ['officer', 'admin'] as const) {
    const { docs } = await req.payload.find({
      collection: COLLECTION_SLUGS.users,
      where: { roles: { in: [role] } },
      depth: 0,
      pagination: false,
      select: { email: true, languages: true },
      req,
    })
    if (docs.length > 0) return docs as User[]
  }
  return []
}

/** A new enquiry writes the submitter's receipt and the officers' alerts to the outbox, in its own transaction. */
export const notifyNewEnquiry: CollectionAfterChangeHook<Enquiry> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.status === 'spam') return doc
  const confirmation = enquiryConfirmation({ enquiry: doc, businessDays: await replyBusinessDays(req) })
  // The private page's key goes out sealed: the outbox that officers read shows a mark in its place.
  const pageKey = doc.reference ? investorKeyFor(doc.reference) : undefined
  await enqueueEmail({ req, to: doc.email, content: confirmation, kind: 'enquiry-confirmation', enquiryId: doc.id, secret: pageKey })
  const notification = enquiryNotification({ enquiry: doc, adminUrl: enquiryAdminUrl(doc.id) })
  for (const officer of await enquiryRecipients(req)) {
    await enqueueEmail({ req, to: officer.email, content: notification, kind: 'enquiry-notification', enquiryId: doc.id })
  }
  return doc
}
