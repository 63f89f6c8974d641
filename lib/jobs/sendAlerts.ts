import type { TaskConfig } from 'payload'

import { CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug } from '../../collections/slugs'
import { deleteExpiredRequests, queueInstantAlerts, sendDueDigests } from '../alerts/sendAlerts'

export const QUEUE_ALERTS_TASK = 'queueAlerts'
export const SEND_ALERT_DIGESTS_TASK = 'sendAlertDigests'

function isContentCollection(value: unknown): value is ContentCollectionSlug {
  return typeof value === 'string' && (CONTENT_COLLECTION_SLUGS as readonly string[]).includes(value)
}

/**
 * Queued by a publish (collections/hooks/queueAlerts.ts): the instant alerts of that item, written to the
 * outbox. A retry is harmless: each subscriber is told of an item once.
 */
export const queueAlertsTask: TaskConfig<{ input: { collection: string; id: number }; output: { queued: number } }> = {
  slug: QUEUE_ALERTS_TASK,
  label: 'Write alerts of a published item',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'queued', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => {
    if (!isContentCollection(input.collection)) return { output: { queued: 0 } }
    return { output: { queued: await queueInstantAlerts({ payload: req.payload, collection: input.collection, id: input.id }) } }
  },
}

/** Every hour: the weekly digests that are due, and the unconfirmed requests whose link has expired are deleted. */
export const sendAlertDigestsTask: TaskConfig<{ input: object; output: { queued: number } }> = {
  slug: SEND_ALERT_DIGESTS_TASK,
  label: 'Write weekly alert digests',
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'queued', type: 'number' }],
  handler: async ({ req }) => {
    await deleteExpiredRequests({ payload: req.payload })
    return { output: { queued: await sendDueDigests({ payload: req.payload }) } }
  },
}
