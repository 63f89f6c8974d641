import type { PayloadRequest } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { OutboxKind } from '../constants/options'
import { absoluteUrl } from '../seo/siteUrl'
import { sealSecret } from './sealedSecret'
import type { EmailContent } from './compose'

export type OutboxAttachment = { filename: string; contentType: string; content: string }

/**
 * Writes a message to the outbox. Passing the request keeps it in the transaction of the change that
 * caused it: the enquiry and its e-mails are stored together or not at all. The `sendOutbox` job delivers it.
 * A `secret` (a reset token) stands in the content as `SECRET_MARK` and is kept sealed beside it, never
 * in a field staff can read; the sender puts it in and forgets it once the message is out.
 */
export async function enqueueEmail({
  req,
  to,
  content,
  kind,
  enquiryId,
  secret,
  attachments,
  listUnsubscribe,
}: {
  req: PayloadRequest
  to: string
  content: EmailContent
  kind: OutboxKind
  enquiryId?: number
  secret?: string
  /** Files sent with the message (a calendar invitation); never carrying the secret, which stays sealed. */
  attachments?: OutboxAttachment[]
  /** An alert's one-click unsubscribe address (RFC 8058), holding `SECRET_MARK` where the secret goes. */
  listUnsubscribe?: string
}): Promise<void> {
  await req.payload.create({
    collection: COLLECTION_SLUGS.outbox,
    data: {
      to,
      ...content,
      kind,
      enquiry: enquiryId,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: new Date().toISOString(),
      sealedSecret: secret === undefined ? undefined : sealSecret(secret),
      attachments,
      listUnsubscribe,
    },
    req,
    overrideAccess: true,
  })
}

/**
 * Where an officer opens an enquiry in the admin: absolute on the portal's origin (`SERVER_URL`), because
 * it is read in a mail client, where a relative link opens nothing.
 */
export function enquiryAdminUrl(enquiryId: number): string {
  return absoluteUrl(`/admin/collections/${COLLECTION_SLUGS.enquiries}/${enquiryId}`)
}
