import { randomBytes } from 'node:crypto'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { runMigrations } from '../../../scripts/lib/processes'
import { dropCopiesOf } from '../../../scripts/lib/database-copies'
import { createThrowawayDatabase } from '../../../scripts/lib/throwaway-database'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUri: string
    payloadSecret: string
  }
}

/**
 * The run's template database, on the embedded server (or on DATABASE_URI's server), brought to the schema
 * by the committed migrations exactly as production is. Nothing connects to it after this: each test file
 * works on a copy of its own (./file-database.ts). At the end the copies and the template are dropped.
 */
export default async function setup(project: TestProject) {
  const template = await createThrowawayDatabase(process.env.DATABASE_URI)
  const payloadSecret = randomBytes(24).toString('hex')
  await runMigrations({
    ...process.env,
    DATABASE_URI: template.uri,
    PAYLOAD_SECRET: payloadSecret,
    PAYLOAD_DB_PUSH: 'false',
  })
  await assertMigrated(template.uri)
  console.log(`Integration tests on copies of ${new URL(template.uri).host}${new URL(template.uri).pathname}`)
  project.provide('templateDatabaseUri', template.uri)
  project.provide('payloadSecret', payloadSecret)
  return async () => {
    // The copies go here, after every file's process has ended: dropped under a file's still-open pools, each
    // would end in lost-connection warnings. (On the embedded server, stopping it would remove them anyway.)
    await dropCopiesOf(template.uri)
    await template.destroy()
  }
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
