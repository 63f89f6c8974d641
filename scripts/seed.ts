/**
 * Loads the demo content into the database of DATABASE_URI (idempotent: run it as often as you like).
 * `--demo-admin` also creates the demo's administrator when there is no staff account yet.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { createDemoAdminIfNoStaff } from './seed/demoAdmin'
import { seedDemoContent } from './seed/index'

const payload = await getPayload({ config })
try {
  await seedDemoContent(payload)
  if (process.argv.includes('--demo-admin')) await createDemoAdminIfNoStaff(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
