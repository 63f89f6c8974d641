import type { TaskConfig } from 'payload'

import { deliverDueMessages } from '../email/deliverOutbox'

export const SEND_OUTBOX_TASK = 'sendOutbox'

/**
 * Delivers the outbox every 15 seconds on the instance that runs jobs. Retries live in the outbox
 * rows themselves (backoff per message), so the task never fails and never retries as a whole.
 */
export const sendOutboxTask: TaskConfig = {
  slug: SEND_OUTBOX_TASK,
  label: 'Send queued e-mails',
  schedule: [{ cron: '*/15 * * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const report = await deliverDueMessages(req.payload)
    return { output: report }
  },
}
