import { randomBytes } from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { createThrowawayDatabase } from '../../../lib/db/throwaway-database'
import { runCommandOrThrow } from '../../../scripts/lib/processes'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
    payloadSecret: string
  }
}

/**
 * One database per run, on the embedded server (or on DATABASE_URI's server), brought to the schema by
 * the committed migrations exactly as production is, and dropped at the end.
 */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase(process.env.DATABASE_URI)
  const payloadSecret = randomBytes(24).toString('hex')
  await runCommandOrThrow('payload', ['migrate'], {
    ...process.env,
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: payloadSecret,
    PAYLOAD_DB_PUSH: 'false',
  })
  project.provide('databaseUri', database.uri)
  project.provide('payloadSecret', payloadSecret)
  return () => database.destroy()
}
