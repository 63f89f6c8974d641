import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'

// The run's database, reached under another application name, stands in for a replica: PostgreSQL then
// shows which connection ran which query.
const REPLICA_APPLICATION = 'portal-read-replica-test'

async function lastQueriesOf(applicationName: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: inject('databaseUri') })
  await client.connect()
  try {
    const { rows } = await client.query<{ query: string }>('select query from pg_stat_activity where application_name = $1', [applicationName])
    return rows.map((row) => row.query)
  } finally {
    await client.end()
  }
}

describe('DATABASE_REPLICA_URIS', () => {
  let payload: Payload

  beforeAll(async () => {
    const replica = new URL(inject('databaseUri'))
    replica.searchParams.set('application_name', REPLICA_APPLICATION)
    // Spaces and empty items, as a hand-edited .env has them, are ignored.
    process.env.DATABASE_REPLICA_URIS = ` ${replica.toString()}, `
    // The config reads the variable when it is first imported, which must be now.
    const { getTestPayload } = await import('./payload')
    payload = await getTestPayload()
  })

  afterAll(() => {
    delete process.env.DATABASE_REPLICA_URIS
  })

  it('sends the portal’s reads to the replica', async () => {
    // For 2 s after any write the adapter reads from the primary (read-after-write), and a pooled
    // connection shows only its latest query: look again for a while rather than once.
    let isSeenOnReplica = false
    for (let attempt = 0; attempt < 20 && !isSeenOnReplica; attempt++) {
      await payload.find({ collection: COLLECTION_SLUGS.projects, where: { _status: { equals: 'published' } }, overrideAccess: false, limit: 1 })
      isSeenOnReplica = (await lastQueriesOf(REPLICA_APPLICATION)).some((query) => /from "projects"/i.test(query))
      if (!isSeenOnReplica) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(isSeenOnReplica).toBe(true)
  })
})
