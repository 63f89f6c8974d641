import { markDatabaseUnavailable } from './unavailableResponse.mjs'

// What pg and PostgreSQL say when the server is away, refusing, restarting or too slow (lib/db/poolOptions.ts).
const UNAVAILABLE_CODES = new Set([
  'DATABASE_TIMED_OUT', // lib/db/failFast.ts
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
const UNAVAILABLE_MESSAGES = /timeout exceeded when trying to connect|connection timeout|Connection terminated|Query read timeout|cannot connect to Postgres/i

/** True when `error`, or one of its causes (Drizzle wraps pg's), says PostgreSQL did not answer. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    const code = (current as Error & { code?: unknown }).code
    if ((typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || UNAVAILABLE_MESSAGES.test(current.message)) return true
  }
  return false
}

/** What a page shows instead of what the database would have given it. */
export const DATABASE_UNAVAILABLE = Symbol('database unavailable')

/**
 * `load`'s result, or DATABASE_UNAVAILABLE when PostgreSQL did not answer, the request then answering
 * 503 with Retry-After (lib/db/unavailableResponse.mjs). Any other error is thrown on.
 */
export async function unlessDatabaseUnavailable<T>(load: () => Promise<T>): Promise<T | typeof DATABASE_UNAVAILABLE> {
  try {
    return await load()
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error
    markDatabaseUnavailable()
    return DATABASE_UNAVAILABLE
  }
}

/**
 * `load`'s result, or `fallback` when PostgreSQL did not answer: for a detail with a sensible default
 * (the site's name, the reply promise), whose absence does not make the page unavailable.
 */
export async function withFallbackWhenDatabaseUnavailable<T>(load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error
    return fallback
  }
}

/** Whether PostgreSQL answers a trivial query now; false only when it is away (any other failure is thrown on). */
export async function isDatabaseReachable(payload: { db: unknown }): Promise<boolean> {
  try {
    await (payload.db as { pool: { query: (text: string) => Promise<unknown> } }).pool.query('select 1')
    return true
  } catch (error) {
    if (isDatabaseUnavailableError(error)) return false
    throw error
  }
}
