import type { TaskConfig } from 'payload'

import { forgetStoredIntake } from '../enquiries/intake'
import { drainEnquiryIntake } from '../enquiries/intakeQueue'

export const STORE_ENQUIRY_INTAKE_TASK = 'storeEnquiryIntake'

/**
 * Every 15 seconds on the instance that runs jobs: stores the submissions no process is storing (left
 * by an instance that stopped, or waiting for another attempt after a failure), and forgets stored
 * ones past the idempotency window. Each instance drains its own submissions at once; this is the net.
 */
export const storeEnquiryIntakeTask: TaskConfig = {
  slug: STORE_ENQUIRY_INTAKE_TASK,
  label: 'Store accepted enquiries',
  schedule: [{ cron: '*/15 * * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await drainEnquiryIntake(req.payload)
    return { output: { forgotten: await forgetStoredIntake(req.payload) } }
  },
}
