import pg from 'pg'

/** Any constant will do, as long as nothing else in the database takes the same advisory lock. */
export const JOB_RUNNER_LOCK_KEY = 7_040_305_101

let lockHolder: pg.Client | null = null

/**
 * True when this instance is the one that runs queued jobs. Several instances share one database: the
 * first to take a PostgreSQL advisory lock, on a connection of its own, runs them. When that instance
 * dies its connection closes, the lock is released, and another instance takes over at its next tick.
 */
export async function holdsJobRunnerLock(): Promise<boolean> {
  if (lockHolder) return true
  const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
  try {
    await client.connect()
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [JOB_RUNNER_LOCK_KEY])
    if (!rows[0]?.locked) {
      await client.end()
      return false
    }
  } catch {
    await client.end().catch(() => {})
    return false
  }
  client.on('error', () => {
    lockHolder = null
  })
  client.on('end', () => {
    lockHolder = null
  })
  lockHolder = client
  return true
}
