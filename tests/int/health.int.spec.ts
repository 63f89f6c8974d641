import { describe, expect, it } from 'vitest'
import pg from 'pg'

import { findFreePort } from '@/scripts/lib/free-port'
import { isDatabaseReachable, settlesWithin } from '@/lib/health/isDatabaseReachable'
import { fileDatabaseUri } from './database'

describe('the health check of the database', () => {
  it('answers yes when PostgreSQL runs select 1', async () => {
    expect(await isDatabaseReachable(2000)).toBe(true)
  })

  it('answers no when nothing listens where the database should be', async () => {
    const port = await findFreePort()
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'nobody', database: 'none' })
    expect(await settlesWithin(() => client.connect(), 2000)).toBe(false)
  })

  it('answers no, in time, when the database is too slow to reply', async () => {
    const client = new pg.Client({ connectionString: fileDatabaseUri() })
    await client.connect()
    const startedAt = Date.now()
    try {
      expect(await settlesWithin(() => client.query('select pg_sleep(3)'), 300)).toBe(false)
      expect(Date.now() - startedAt).toBeLessThan(2000)
    } finally {
      await client.end()
    }
  })
})
