import type { TaskConfig } from 'payload'

import { forgetStoredIntake, surfaceOverdueIntake } from '../enquiries/intake'
import { drainEnquiryIntake } from '../enquiries/intakeQueue'
import { replaySpool } from '../enquiries/spool'

export const STORE_ENQUIRY_INTAKE_TASK = 'storeEnquiryIntake'

/**
 * Every 15 seconds on the instance that runs jobs: moves what the spool holds into the database (with
 * Redis, what any instance kept while PostgreSQL was away, even one that stopped since), stores the
 * submissions no process is storing (left by an instance that stopped, or waiting for another attempt
 * after a failure), lists for the officers those waiting past the retention period, and forgets stored
 * ones past the idempotency window. Each instance drains its own submissions at once; this is the net.
 */
export const storeEnquiryIntakeTask: TaskConfig = {
  slug: STORE_ENQUIRY_INTAKE_TASK,
  label: 'Store accepted enquiries',
  schedule: [{ cron: '*/15 * * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const replayed = await replaySpool(req.payload)
    await drainEnquiryIntake(req.payload)
    const surfaced = await surfaceOverdueIntake(req.payload)
    return { output: { replayed: replayed.submissions + replayed.replies, surfaced, forgotten: await forgetStoredIntake(req.payload) } }
  },
}
