import { randomBytes } from 'node:crypto'

import pg from 'pg'

// Only `pg` here: each integration test file's setup imports this module, and the embedded server's launcher
// (./throwaway-database, ./embedded-postgres) would only add to every file's start.

export type ThrowawayDatabase = {
  uri: string
  /** Drops the database (and stops the embedded server that held it). */
  destroy: () => Promise<void>
}

/**
 * A new database on the template's server, a copy of the template (schema and rows), made by PostgreSQL:
 * much faster than migrating again. Nothing may be connected to the template meanwhile. Its name is the
 * template's, an underscore and a random suffix, which `dropCopiesOf` relies on.
 */
export async function copyDatabase(templateUri: string): Promise<ThrowawayDatabase> {
  const templateName = new URL(templateUri).pathname.slice(1)
  const databaseName = `${templateName}_${randomBytes(5).toString('hex')}`
  const client = new pg.Client({ connectionString: withDatabase(templateUri, 'postgres') })
  await client.connect()
  try {
    // Copying file by file costs two checkpoints, cheap only where nothing is synced to disk (the embedded
    // test server): there it takes half the time of the default, which writes the copy to the WAL, and on
    // a durable server (CI's) four times as long. PostgreSQL 15 or later.
    const { rows } = await client.query<{ fsync: string }>("select current_setting('fsync') as fsync")
    const strategy = rows[0].fsync === 'off' ? 'file_copy' : 'wal_log'
    await client.query(`create database ${databaseName} template ${templateName} strategy ${strategy}`)
  } finally {
    await client.end()
  }
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
export async function runOnServer(serverUri: string, statement: string, database?: string): Promise<void> {
  const client = new pg.Client({ connectionString: database ? withDatabase(serverUri, database) : serverUri })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
