import type { TaskConfig } from 'payload'

import { sendDueReminders } from '../enquiries/reminders'

export const SEND_REMINDERS_TASK = 'sendReminders'

/** Writes the reminders and escalations enquiries have become due for, every ten minutes; the outbox sends them. */
export const sendRemindersTask: TaskConfig = {
  slug: SEND_REMINDERS_TASK,
  label: 'Write enquiry reminders',
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await sendDueReminders(req.payload) }),
}
