import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

// The adapter's own pg types, which may be another version than the project's.
type PoolConfig = PostgresAdapterArgs['pool']

/**
 * How long one statement may take, in milliseconds, unless DATABASE_QUERY_TIMEOUT_MS says otherwise
 * (0 for no limit, on connecting either: `npm run migrate`, whose statements may legitimately run longer).
 * A page makes its queries one after another and must answer within 3 s even when PostgreSQL hangs.
 */
const DEFAULT_QUERY_TIMEOUT_MS = 2_500

/** Connecting includes PostgreSQL's answer to the start-up message, which a stopped server never sends. */
const CONNECTION_TIMEOUT_MS = 2_000

/** A transaction left open by a process that hung or died must not hold its locks for long. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 10_000

export function queryTimeoutMs(value = process.env.DATABASE_QUERY_TIMEOUT_MS): number {
  const parsed = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isInteger(parsed) && parsed >= 0 ? parsed : DEFAULT_QUERY_TIMEOUT_MS
}

/**
 * The options of every pool the portal opens (the primary's and each read replica's, which Payload's
 * adapter builds from these with the replica's connection string). A PostgreSQL that is stopped (not
 * refusing: its port still accepts the connection) otherwise leaves each query waiting forever: the
 * server's own statement_timeout cannot fire, so the client gives up too (query_timeout), a little later
 * than the server would for a slow statement.
 */
export function databasePoolOptions(connectionString = process.env.DATABASE_URI): PoolConfig {
  const timeoutMs = queryTimeoutMs()
  if (timeoutMs === 0) return { connectionString }
  return {
    connectionString,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 250,
  }
}
