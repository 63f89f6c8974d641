import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { enquiryRecipients } from '../../Enquiries/hooks/notifyNewEnquiry'
import { AWAITING_REPLY_STATUSES } from '../../../lib/constants/options'
import { enquiryReply, investorReplyNotice, partnerReplyNotice } from '../../../lib/email/enquiryEmails'
import { enqueueEmail, enquiryAdminUrl } from '../../../lib/email/outbox'
import { investorKeyFor } from '../../../lib/enquiries/investorKey'
import { relationId } from '../../../lib/relationId'
import type { Enquiry, EnquiryReply, Partner, User } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'

/** A closed enquiry that the investor writes to again is open again. */
const CLOSED_STATUSES: readonly string[] = ['won', 'lost']

/**
 * A new reply is sent in the transaction that keeps it on the thread: it is there at once and goes out
 * when SMTP can take it, never lost. An officer's goes to the investor, and an enquiry still waiting for
 * its answer moves to "contacted" (its history records who replied). The investor's goes to the assigned
 * officer (every officer while nobody is assigned), and reopens a closed enquiry; so does the reply of the
 * partner that sent the enquiry for its client, which also hears when an officer has replied.
 */
export const sendReply: CollectionAfterChangeHook<EnquiryReply> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const enquiryId = relationId(doc.enquiry)
  if (enquiryId === null) return doc
  const enquiry = await req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, depth: 0, req })
  if (doc.from === 'officer') await sendToInvestor(req, enquiry, doc)
  else await passToOfficers(req, enquiry, doc)
  return doc
}

async function sendToInvestor(req: PayloadRequest, enquiry: Enquiry, reply: EnquiryReply): Promise<void> {
  const authorId = relationId(reply.author)
  const author = authorId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.users, id: authorId, depth: 0, req, disableErrors: true })
  const content = enquiryReply({ enquiry, body: reply.body, officerName: author?.name || null })
  const secret = enquiry.reference ? investorKeyFor(enquiry.reference) : undefined
  await enqueueEmail({ req, to: enquiry.email, content, kind: 'enquiry-reply', enquiryId: enquiry.id, secret })
  const partner = await partnerOf(req, enquiry)
  if (partner) await enqueueEmail({ req, to: partner.email, content: partnerReplyNotice({ enquiry }), kind: 'partner-reply-notice', enquiryId: enquiry.id })
  if ((AWAITING_REPLY_STATUSES as readonly string[]).includes(enquiry.status)) {
    await req.payload.update({ collection: COLLECTION_SLUGS.enquiries, id: enquiry.id, data: { status: 'contacted' }, req })
  }
}

async function passToOfficers(req: PayloadRequest, enquiry: Enquiry, reply: EnquiryReply): Promise<void> {
  if (CLOSED_STATUSES.includes(enquiry.status)) {
    await req.payload.update({ collection: COLLECTION_SLUGS.enquiries, id: enquiry.id, data: { status: 'in-progress' }, req })
  }
  const assigneeId = relationId(enquiry.assignee)
  const assignee = assigneeId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.users, id: assigneeId, depth: 0, req, disableErrors: true })
  const recipients: Pick<User, 'email'>[] = assignee ? [assignee] : await enquiryRecipients(req)
  const partner = reply.from === 'partner' ? await partnerOf(req, enquiry) : null
  const content = investorReplyNotice({ enquiry, body: reply.body, adminUrl: enquiryAdminUrl(enquiry.id), partnerName: partner?.organisation })
  for (const officer of recipients) {
    await enqueueEmail({ req, to: officer.email, content, kind: 'investor-reply', enquiryId: enquiry.id })
  }
}

/** The partner that sent the enquiry for its client, if one did (read by the server, whoever is replying). */
async function partnerOf(req: PayloadRequest, enquiry: Enquiry): Promise<Partner | null> {
  const partnerId = relationId(enquiry.partner)
  return partnerId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.partners, id: partnerId, depth: 0, req, disableErrors: true, overrideAccess: true })
}
