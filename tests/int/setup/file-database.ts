import { inject } from 'vitest'

import { copyDatabase } from '../../../scripts/lib/database-copies'

// Runs before each test file imports the Payload config, which reads these. Each file has a database of its
// own, a copy of the run's migrated template: no file sees another's data or depends on the order of files.
const database = await copyDatabase(inject('templateDatabaseUri'))
process.env.DATABASE_URI = database.uri
process.env.TEST_DATABASE_URI = database.uri
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.PAYLOAD_DB_PUSH = 'false'
