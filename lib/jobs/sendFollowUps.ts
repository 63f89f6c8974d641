import type { TaskConfig } from 'payload'

import { sendDueFollowUps } from '../enquiries/followUp'

export const SEND_FOLLOW_UPS_TASK = 'sendFollowUps'

/** Writes the follow-up e-mails that closed enquiries have become due for, every ten minutes; the outbox sends them. */
export const sendFollowUpsTask: TaskConfig = {
  slug: SEND_FOLLOW_UPS_TASK,
  label: 'Write follow-up e-mails',
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await sendDueFollowUps(req.payload) }),
}
