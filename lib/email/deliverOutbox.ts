import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq, lte, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import { claimRows, retryDelayMs } from '../jobs/claimRows'
import { revealSecret, SECRET_MARK, unsealSecret } from './sealedSecret'
import { isSmtpConfigured } from './smtp'

/** After this many failed attempts (about a day and a half of retries) a message needs a person. */
export const MAX_DELIVERY_ATTEMPTS = 10

/**
 * A claimed message is not due again for this long: if the instance sending it dies midway, another
 * picks it up after the lease instead of never.
 */
const CLAIM_LEASE_MS = 10 * 60_000

const MESSAGES_PER_RUN = 25

/**
 * Takes the due messages for this runner alone (lib/jobs/claimRows.ts): each counts as attempted and is
 * pushed past the lease, so two runners that ever overlap never send the same message twice.
 */
async function claimDueMessages(payload: Payload, now: Date): Promise<number[]> {
  const adapter = payload.db as unknown as PostgresAdapter
  const outbox = adapter.tables[COLLECTION_SLUGS.outbox]
  const taken = await claimRows({
    db: adapter.drizzle,
    table: outbox,
    isDue: and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAt, now.toISOString())),
    lease: { nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(), updatedAt: sql`now()` },
    orderBy: outbox.nextAttemptAt,
    limit: MESSAGES_PER_RUN,
  })
  return taken.map((row: { id: number }) => Number(row.id))
}

export type DeliveryReport = { sent: number; retrying: number; failed: number }

/**
 * Sends what is due in the outbox through the configured SMTP server. Without one, or with the server
 * down, messages stay queued (the latter with backoff) and the reason is logged; they go out once it answers.
 */
export async function deliverDueMessages(payload: Payload, now: Date = new Date()): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 }
  if (!isSmtpConfigured()) {
    const { totalDocs } = await payload.count({ collection: COLLECTION_SLUGS.outbox, where: { status: { equals: 'queued' } } })
    if (totalDocs > 0) payload.logger.warn({ msg: `SMTP_HOST is not set: ${totalDocs} e-mail(s) wait in the outbox.` })
    return report
  }
  const ids = await claimDueMessages(payload, now)
  if (ids.length === 0) return report
  const { docs } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { id: { in: ids } }, limit: ids.length, depth: 0, pagination: false })
  for (const message of docs) {
    try {
      const attachments = (message.attachments ?? []).map(({ filename, contentType, content: body }) => ({ filename, contentType, content: body }))
      const secret = message.sealedSecret ? unsealSecret(message.sealedSecret) : null
      const unsubscribeUrl = message.listUnsubscribe && secret !== null ? message.listUnsubscribe.replaceAll(SECRET_MARK, secret) : message.listUnsubscribe
      const content = secret !== null ? revealSecret(message, secret) : message
      // RFC 8058: a mail client's "Unsubscribe" POSTs `List-Unsubscribe=One-Click` to the address, no page in between.
      const headers = unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined
      await payload.sendEmail({ to: message.to, subject: message.subject, text: content.text, html: content.html ?? undefined, attachments, headers })
      await payload.update({
        collection: COLLECTION_SLUGS.outbox,
        id: message.id,
        data: { status: 'sent', sentAt: new Date().toISOString(), lastError: null, sealedSecret: null },
      })
      report.sent += 1
    } catch (err) {
      const isGivingUp = message.attempts >= MAX_DELIVERY_ATTEMPTS
      const lastError = err instanceof Error ? err.message : String(err)
      payload.logger.error({ msg: `E-mail ${message.id} to ${message.to} not sent (attempt ${message.attempts})`, err })
      await payload.update({
        collection: COLLECTION_SLUGS.outbox,
        id: message.id,
        data: isGivingUp
          ? { status: 'failed', lastError, sealedSecret: null }
          : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString(), lastError },
      })
      if (isGivingUp) report.failed += 1
      else report.retrying += 1
    }
  }
  return report
}
