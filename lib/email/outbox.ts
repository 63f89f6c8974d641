import type { PayloadRequest } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { OutboxKind } from '../constants/options'
import type { EmailContent } from './compose'

/**
 * Writes a message to the outbox. Passing the request keeps it in the transaction of the change that
 * caused it: the enquiry and its e-mails are stored together or not at all. The `sendOutbox` job delivers it.
 */
export async function enqueueEmail({
  req,
  to,
  content,
  kind,
  enquiryId,
}: {
  req: PayloadRequest
  to: string
  content: EmailContent
  kind: OutboxKind
  enquiryId?: number
}): Promise<void> {
  await req.payload.create({
    collection: COLLECTION_SLUGS.outbox,
    data: { to, ...content, kind, enquiry: enquiryId, status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString() },
    req,
    overrideAccess: true,
  })
}

/** Where an officer opens an enquiry in the admin; absolute, because it is read in a mail client. */
export function enquiryAdminUrl(req: PayloadRequest, enquiryId: number): string {
  return `${req.payload.config.serverURL}/admin/collections/${COLLECTION_SLUGS.enquiries}/${enquiryId}`
}
