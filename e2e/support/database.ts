import { readFileSync } from 'node:fs'

import pg from 'pg'

/** Where the e2e server's launcher (scripts/lib/database-session.ts) writes its throwaway database's address. */
export const E2E_DATABASE_FILE = '.test-results/e2e-database.json'

export function e2eDatabaseUri(): string {
  return (JSON.parse(readFileSync(E2E_DATABASE_FILE, 'utf8')) as { uri: string }).uri
}

/** Runs one read-only query against the e2e server's database, to check what the browser left behind. */
export async function queryE2eDatabase<Row extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUri() })
  await client.connect()
  try {
    return (await client.query<Row>(text, values)).rows
  } finally {
    await client.end()
  }
}
