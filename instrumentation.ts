import { isDatabaseUnavailableError } from './lib/db/databaseUnavailable'
import { markDatabaseUnavailable } from './lib/db/unavailableResponse.mjs'

/** At server start, Payload's job runner begins polling the queue (scheduled publishing, e-mail). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }, { startSpoolReplay }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./lib/enquiries/spool'),
  ])
  // What a stopped process kept in the spool while the database was away go into it now.
  startSpoolReplay(await getPayload({ config, cron: true }))
}

/**
 * A page that threw because PostgreSQL did not answer (one whose cache was just invalidated, say)
 * answers 503 with Retry-After rather than 500. Synchronous: the mark must be set before Next renders
 * the error page and sends its status.
 */
export function onRequestError(error: unknown): void {
  if (isDatabaseUnavailableError(error)) markDatabaseUnavailable()
}
