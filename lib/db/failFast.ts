import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * How long, after a connection or a statement timed out, every pool fails at once instead of waiting
 * its own timeout again: a page makes several queries one after another, and with PostgreSQL hung each
 * would otherwise wait 2–2.75 s in turn, well past the 3 s a request may take. A refusal needs no such
 * memory: it is immediate anyway.
 */
const FAIL_FAST_MS = 3_000

const HUNG_MESSAGES = /timeout exceeded when trying to connect|connection timeout|Query read timeout/i

// On globalThis: Next may bundle this module into more than one chunk of the same process.
const STATE_KEY = Symbol.for('shibei-portal.databaseTimedOutAt')

function state(): { timedOutAt: number } {
  const holder = globalThis as unknown as Record<symbol, { timedOutAt: number } | undefined>
  holder[STATE_KEY] ??= { timedOutAt: 0 }
  return holder[STATE_KEY]
}

function noteFailure(error: unknown): void {
  if (error instanceof Error && HUNG_MESSAGES.test(error.message)) state().timedOutAt = Date.now()
}

/** What a pool answers instead of waiting, while PostgreSQL timed out a moment ago (lib/db/databaseUnavailable.ts knows the code). */
export class DatabaseTimedOutError extends Error {
  readonly code = 'DATABASE_TIMED_OUT'
  constructor() {
    super('PostgreSQL timed out less than 3 s ago; not waiting for it again yet.')
  }
}

type Callback = (error: Error | undefined, ...rest: unknown[]) => void
type PoolLike = { connect: (callback?: Callback) => unknown; query: (...args: unknown[]) => unknown }

function failFast(pool: PoolLike): void {
  const connect = pool.connect.bind(pool)
  pool.connect = (callback?: Callback) => {
    const isAway = Date.now() - state().timedOutAt < FAIL_FAST_MS
    if (callback) {
      if (isAway) return void process.nextTick(() => callback(new DatabaseTimedOutError()))
      return connect((error, ...rest) => {
        noteFailure(error)
        callback(error, ...rest)
      })
    }
    if (isAway) return Promise.reject(new DatabaseTimedOutError())
    return (connect() as Promise<unknown>).catch((error: unknown) => {
      noteFailure(error)
      throw error
    })
  }
  // pg-pool's query() takes a connection through connect() above; a statement that times out on it is noted here.
  const query = pool.query.bind(pool)
  pool.query = (...args: unknown[]) => {
    const result = query(...args)
    if (!(result instanceof Promise)) return result
    return result.catch((error: unknown) => {
      noteFailure(error)
      throw error
    })
  }
}

/** Makes the primary's pool and each replica's fail at once for a moment after PostgreSQL timed out. */
export function failFastAfterTimeouts(payload: Payload): void {
  const adapter = payload.db as unknown as PostgresAdapter
  const replicas = (adapter.drizzle as unknown as { $replicas?: { $client: PoolLike }[] }).$replicas ?? []
  for (const pool of [adapter.pool as unknown as PoolLike | undefined, ...replicas.map((replica) => replica.$client)]) {
    if (pool) failFast(pool)
  }
}
