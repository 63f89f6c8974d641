import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { holdsJobRunnerLock, JOB_RUNNER_LOCK_KEY } from '@/lib/jobs/jobRunnerLock'
import { fileDatabaseUri } from './database'

describe('the job runner of several instances', () => {
  it('runs on one instance only, and another takes over when that one goes away', async () => {
    const otherInstance = new pg.Client({ connectionString: fileDatabaseUri() })
    await otherInstance.connect()
    await otherInstance.query('select pg_advisory_lock($1)', [JOB_RUNNER_LOCK_KEY])
    try {
      expect(await holdsJobRunnerLock()).toBe(false)
    } finally {
      await otherInstance.end()
    }
    expect(await holdsJobRunnerLock()).toBe(true)
    expect(await holdsJobRunnerLock()).toBe(true)
  })
})
