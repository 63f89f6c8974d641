/** Loads the demo content into the database of DATABASE_URI (idempotent: run it as often as you like). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from './seed/index'

const payload = await getPayload({ config })
try {
  await seedDemoContent(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
