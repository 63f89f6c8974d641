import type { CollectionAfterChangeHook } from 'payload'

import { AWAITING_REPLY_STATUSES } from '../../../lib/constants/options'
import { enquiryReply } from '../../../lib/email/enquiryEmails'
import { enqueueEmail } from '../../../lib/email/outbox'
import { investorKeyFor } from '../../../lib/enquiries/investorKey'
import { relationId } from '../../../lib/relationId'
import type { EnquiryReply } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'

/**
 * A new reply goes to the investor through the outbox, in the transaction that keeps it on the thread: it
 * is on the thread at once and sent when SMTP can take it, never lost. An enquiry still waiting for its
 * answer moves to "contacted" (its history records who replied, and the first response is stamped).
 */
export const sendReply: CollectionAfterChangeHook<EnquiryReply> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const enquiryId = relationId(doc.enquiry)
  if (enquiryId === null) return doc
  const enquiry = await req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, depth: 0, req })
  const authorId = relationId(doc.author)
  const author = authorId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.users, id: authorId, depth: 0, req, disableErrors: true })
  const content = enquiryReply({ enquiry, body: doc.body, officerName: author?.name || null })
  await enqueueEmail({ req, to: enquiry.email, content, kind: 'enquiry-reply', enquiryId, secret: enquiry.reference ? investorKeyFor(enquiry.reference) : undefined })
  if ((AWAITING_REPLY_STATUSES as readonly string[]).includes(enquiry.status)) {
    await req.payload.update({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, data: { status: 'contacted' }, req })
  }
  return doc
}
