import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { searchPublished as SearchPublished } from '@/lib/data/search'
import { DATABASE_UNAVAILABLE, isDatabaseUnavailableError, unlessDatabaseUnavailable } from '@/lib/db/databaseUnavailable'
import { type DatabaseRelay, relayToDatabase } from '@/scripts/lib/database-relay'
import { fileDatabaseUri } from './database'

const BOUND_MS = 3_000

/** Whether `attempt` failed, and how long it took to, given up after twice the bound so a hang shows as a failure. */
async function failureOf(attempt: () => Promise<unknown>): Promise<{ error: unknown; elapsedMs: number }> {
  const startedAt = Date.now()
  let timer: NodeJS.Timeout | undefined
  const gaveUp = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('still waiting'), 2 * BOUND_MS)
  })
  try {
    const outcome = await Promise.race([attempt().then(() => 'answered', (error: unknown) => ({ error })), gaveUp])
    return { error: typeof outcome === 'string' ? outcome : outcome.error, elapsedMs: Date.now() - startedAt }
  } finally {
    clearTimeout(timer)
  }
}

/** The error's message and its causes' (Drizzle names the failed query and keeps pg's reason as the cause). */
function causesOf(error: unknown): string {
  const messages: string[] = []
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message)
  return messages.join(' ← ')
}

// PostgreSQL stopped (SIGSTOP, a frozen VM, a network partition) is not PostgreSQL refusing: its port
// still takes connections and queries, and answers nothing.
describe('a database that stops answering', () => {
  let database: DatabaseRelay
  let payload: Payload
  let searchPublished: typeof SearchPublished

  beforeAll(async () => {
    database = await relayToDatabase(fileDatabaseUri())
    process.env.DATABASE_URI = database.uri
    // The config reads the variable when it is first imported, which must be now.
    const { getTestPayload } = await import('./payload')
    payload = await getTestPayload()
    ;({ searchPublished } = await import('@/lib/data/search'))
  })

  afterAll(async () => {
    database?.resume()
    await database?.close()
  })

  const findProjects = () => payload.find({ collection: 'projects', locale: 'en', overrideAccess: false, depth: 0, limit: 1 })

  /** Reads again until they succeed: for a few seconds after a timeout the pools fail at once (lib/db/failFast.ts). */
  const readsAgain = () => vi.waitFor(() => findProjects(), { timeout: 15_000, interval: 250 })
  const pool = () => (payload.db as unknown as PostgresAdapter).pool

  it('fails a read within 3 s with a timeout, the next ones at once, and serves again when it resumes', async () => {
    await readsAgain()

    database.stop()
    try {
      // The pool's open connection: the query is sent and never answered.
      const onOpenConnection = await failureOf(findProjects)
      expect(causesOf(onOpenConnection.error)).toMatch(/timeout/i)
      expect(isDatabaseUnavailableError(onOpenConnection.error)).toBe(true)
      expect(onOpenConnection.elapsedMs).toBeLessThan(BOUND_MS)

      // A page's next query does not wait its own timeout again: three in a row still fit in the bound.
      const next = await failureOf(async () => {
        for (let query = 0; query < 3; query++) await findProjects().catch(() => undefined)
        return findProjects()
      })
      expect(causesOf(next.error)).toMatch(/timed out/i)
      expect(isDatabaseUnavailableError(next.error)).toBe(true)
      expect(next.elapsedMs).toBeLessThan(BOUND_MS)
    } finally {
      database.resume()
    }

    await readsAgain()
  })

  it('fails a new connection within 3 s when the server accepts it and never answers', async () => {
    await readsAgain()
    database.dropConnections()
    await vi.waitFor(() => expect(pool().idleCount).toBe(0))
    database.stop()
    try {
      const onNewConnection = await failureOf(findProjects)
      expect(causesOf(onNewConnection.error)).toMatch(/timeout/i)
      expect(isDatabaseUnavailableError(onNewConnection.error)).toBe(true)
      expect(onNewConnection.elapsedMs).toBeLessThan(BOUND_MS)
    } finally {
      database.resume()
    }
    await readsAgain()
  })

  it('keeps serving after PostgreSQL drops its connections (a restart), instead of the server exiting', async () => {
    await readsAgain()
    database.dropConnections()
    // The pool hears of each lost connection as its socket closes, and discards it.
    const pool = (payload.db as unknown as PostgresAdapter).pool
    await vi.waitFor(() => expect(pool.idleCount).toBe(0))
    await expect(findProjects()).resolves.toHaveProperty('docs')
  })

  it('tells a refused connection from a bad query, so a search answers "unavailable" rather than failing', async () => {
    const search = () => searchPublished({ query: 'port', locale: 'en', section: null })
    await readsAgain()
    await expect(unlessDatabaseUnavailable(search)).resolves.toHaveProperty('groups')
    await expect(unlessDatabaseUnavailable(() => payload.find({ collection: 'projects', where: { nope: { equals: 1 } }, overrideAccess: false }))).rejects.toThrow()

    await database.refuse()
    try {
      await vi.waitFor(() => expect((payload.db as unknown as PostgresAdapter).pool.idleCount).toBe(0))
      const refused = await failureOf(findProjects)
      expect(causesOf(refused.error)).toMatch(/ECONNREFUSED/)
      expect(isDatabaseUnavailableError(refused.error)).toBe(true)
      await expect(unlessDatabaseUnavailable(search)).resolves.toBe(DATABASE_UNAVAILABLE)
    } finally {
      await database.accept()
    }
    await expect(unlessDatabaseUnavailable(search)).resolves.toHaveProperty('groups')
  })
})
