import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * A pool emits 'error' when one of its idle connections dies: PostgreSQL restarted, stopped, or a
 * network path dropped. Without a listener Node treats that as an uncaught exception and the whole
 * server exits; with one, the dead connection is discarded and the next query opens a new one.
 */
type ErrorEmitter = { on: (event: 'error', listener: (err: Error) => void) => unknown }

export function logIdleConnectionErrors(payload: Payload): void {
  const adapter = payload.db as unknown as PostgresAdapter
  const replicas = (adapter.drizzle as unknown as { $replicas?: { $client: ErrorEmitter }[] }).$replicas ?? []
  for (const pool of [adapter.pool as ErrorEmitter | undefined, ...replicas.map((replica) => replica.$client)]) {
    // The message only: pg hangs the connection, password included, on the error object.
    pool?.on('error', (err) => payload.logger.warn(`A database connection was lost (${err.message}); the next query opens another.`))
  }
}
