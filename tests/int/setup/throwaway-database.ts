import { randomBytes } from 'node:crypto'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { createThrowawayDatabase } from '../../../scripts/lib/throwaway-database'
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
  await runCommandOrThrow('tsx', ['scripts/migrate.ts'], {
    ...process.env,
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: payloadSecret,
    PAYLOAD_DB_PUSH: 'false',
  })
  await assertMigrated(database.uri)
  console.log(`Integration tests on ${new URL(database.uri).host}${new URL(database.uri).pathname}`)
  project.provide('databaseUri', database.uri)
  project.provide('payloadSecret', payloadSecret)
  return () => database.destroy()
}

/** A silent migration failure must stop the run here, not surface later as "relation does not exist". */
async function assertMigrated(uri: string): Promise<void> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query<{ table: string | null }>("select to_regclass('public.payload_migrations')::text as table")
    if (!rows[0]?.table) throw new Error(`The migrations did not run on ${new URL(uri).pathname}.`)
  } finally {
    await client.end()
  }
}
