import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from './embedded-postgres'

export type ThrowawayDatabase = {
  uri: string
  /** Drops the database (and stops the embedded server that held it). */
  destroy: () => Promise<void>
}

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

/**
 * A new database on the template's server, a copy of the template (schema and rows), made by PostgreSQL
 * file by file: much faster than migrating again. Nothing may be connected to the template meanwhile.
 * Its name starts with the template's and an underscore, which `dropCopiesOf` relies on.
 */
export async function copyDatabase(templateUri: string): Promise<ThrowawayDatabase> {
  const template = new URL(templateUri)
  const templateName = template.pathname.slice(1)
  const databaseName = `${templateName}_${randomBytes(5).toString('hex')}`
  await runOnServer(templateUri, `create database ${databaseName} template ${templateName}`, 'postgres')
  return {
    uri: withDatabase(templateUri, databaseName),
    destroy: () => runOnServer(templateUri, `drop database if exists ${databaseName} with (force)`, 'postgres'),
  }
}

/** Drops every database that `copyDatabase` made of the template, with whatever is still connected to it. */
export async function dropCopiesOf(templateUri: string): Promise<void> {
  const templateName = new URL(templateUri).pathname.slice(1)
  const client = new pg.Client({ connectionString: withDatabase(templateUri, 'postgres') })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1) and datname <> $2",
      [`${templateName}_`, templateName],
    )
    for (const { datname } of rows) await client.query(`drop database if exists ${client.escapeIdentifier(datname)} with (force)`)
  } finally {
    await client.end()
  }
}

function withDatabase(uri: string, databaseName: string): string {
  const url = new URL(uri)
  url.pathname = `/${databaseName}`
  return url.toString()
}

/** Runs `statement` connected to `serverUri`, or to its server's `database` when one is named. */
async function runOnServer(serverUri: string, statement: string, database?: string): Promise<void> {
  const client = new pg.Client({ connectionString: database ? withDatabase(serverUri, database) : serverUri })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
