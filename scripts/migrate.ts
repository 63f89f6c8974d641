/**
 * Applies the committed migrations that the database of DATABASE_URI has not run yet.
 *
 * In process rather than through `payload migrate`: that CLI logs through a synchronous stdout writer
 * and, with stdout a busy pipe (Playwright's web server, `npm test | tee` in CI), was seen to exit 0
 * having applied nothing. Here a failure is an exception and a non-zero exit.
 */
import { getPayload } from 'payload'

// Which migrations ran must be read from the primary: a lagging replica would have them run twice.
delete process.env.DATABASE_REPLICA_URIS
// Statements of a migration may run longer than a page's query may (lib/db/poolOptions.ts).
process.env.DATABASE_QUERY_TIMEOUT_MS ??= '0'
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
try {
  await payload.db.migrate()
  const { totalDocs } = await payload.count({ collection: 'payload-migrations' })
  if (totalDocs === 0) throw new Error('No migration is recorded as applied.')
  payload.logger.info(`Schema is up to date (${totalDocs} migrations applied).`)
} finally {
  await payload.destroy()
}
process.exit(0)
