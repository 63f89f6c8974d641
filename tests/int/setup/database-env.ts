import { inject } from 'vitest'

// Runs before each test file imports the Payload config, which reads these.
process.env.DATABASE_URI = inject('databaseUri')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.PAYLOAD_DB_PUSH = 'false'
