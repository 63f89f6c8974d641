import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { runOnServer, type ThrowawayDatabase } from './database-copies'
import { startEmbeddedPostgres } from './embedded-postgres'

export type { ThrowawayDatabase }

/**
 * A database that lives for one test run: a new database on `serverUri`'s server when one is given
 * (the role needs CREATEDB), else a temporary embedded cluster.
 */
export async function createThrowawayDatabase(serverUri?: string): Promise<ThrowawayDatabase> {
  if (!serverUri) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-test-pg-'))
    const server = await startEmbeddedPostgres({ dataDir, databaseName: 'portal', isThrowaway: true })
    return { uri: server.uri, destroy: server.stop }
  }
  const databaseName = `portal_test_${randomBytes(5).toString('hex')}`
  await runOnServer(serverUri, `create database ${databaseName}`)
  const uri = new URL(serverUri)
  uri.pathname = `/${databaseName}`
  return {
    uri: uri.toString(),
    destroy: () => runOnServer(serverUri, `drop database if exists ${databaseName} with (force)`),
  }
}
