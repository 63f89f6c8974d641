import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** Names the database the cached renders on disk were made from (a hash of its identity). */
const OWNER_FILE = path.join('.next', 'cache', 'renders-database')

/**
 * Forgets the data and pages an earlier server cached on disk (`unstable_cache` entries and
 * rendered pages). A reused build keeps them, and they describe that run's database, not the fresh one
 * a test or the bench is about to use.
 */
export function forgetCachedRenders(): void {
  for (const target of ['.next/cache/fetch-cache', '.next/server/route-cache', OWNER_FILE]) rmSync(target, { recursive: true, force: true })
}

/**
 * Keeps the cached renders only if they were made from this database, so that `npm start` after a
 * restart is warm, and `npm run demo` after `npm test` does not serve the test database's pages.
 */
export async function keepCachedRendersOnlyFor(databaseUri: string): Promise<void> {
  const owner = createHash('sha256').update(await databaseIdentity(databaseUri)).digest('hex')
  if (!existsSync(OWNER_FILE) || readFileSync(OWNER_FILE, 'utf8') !== owner) forgetCachedRenders()
  mkdirSync(path.dirname(OWNER_FILE), { recursive: true })
  writeFileSync(OWNER_FILE, owner)
}

/**
 * The cluster's system identifier and the database's name: the same after a restart on another port
 * (the embedded PostgreSQL takes a free one each time), new when the cluster is created again. Only a
 * superuser may read the identifier; for anyone else, the URI stands in.
 */
async function databaseIdentity(databaseUri: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUri })
  try {
    await client.connect()
    const { rows } = await client.query<{ identity: string }>(`select system_identifier::text || '/' || current_database() as identity from pg_control_system()`)
    return rows[0].identity
  } catch {
    return databaseUri
  } finally {
    await client.end().catch(() => undefined)
  }
}
