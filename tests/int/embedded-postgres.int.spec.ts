import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/scripts/lib/embedded-postgres'

async function selectOne(uri: string): Promise<number> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query<{ answer: number }>('select 1 as answer')
    return rows[0].answer
  } finally {
    await client.end()
  }
}

describe('the embedded PostgreSQL', () => {
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-embedded-'))
  })

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('starts on a free port and keeps its data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir, databaseName: 'portal' })
    const client = new pg.Client({ connectionString: first.uri })
    await client.connect()
    await client.query('create table kept (value text)')
    await client.query("insert into kept values ('still here')")
    await client.end()
    await first.stop()

    const second = await startEmbeddedPostgres({ dataDir, databaseName: 'portal' })
    const again = new pg.Client({ connectionString: second.uri })
    await again.connect()
    const { rows } = await again.query('select value from kept')
    await again.end()
    await second.stop()
    expect(rows).toEqual([{ value: 'still here' }])
  })

  it('runs two clusters side by side, each on its own port', async () => {
    const otherDir = await mkdtemp(path.join(tmpdir(), 'portal-embedded-other-'))
    const [one, two] = await Promise.all([
      startEmbeddedPostgres({ dataDir, databaseName: 'portal' }),
      startEmbeddedPostgres({ dataDir: otherDir, databaseName: 'portal', isThrowaway: true }),
    ])
    try {
      expect(new URL(one.uri).port).not.toBe(new URL(two.uri).port)
      expect(await selectOne(one.uri)).toBe(1)
      expect(await selectOne(two.uri)).toBe(1)
    } finally {
      await Promise.all([one.stop(), two.stop()])
    }
  })

  it('starts after a crash left a stale postmaster.pid behind', async () => {
    // A PID that belongs to a live process that is not PostgreSQL: this test runner.
    await writeFile(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n`)
    const server = await startEmbeddedPostgres({ dataDir, databaseName: 'portal' })
    try {
      expect(await selectOne(server.uri)).toBe(1)
    } finally {
      await server.stop()
    }
  })
})
