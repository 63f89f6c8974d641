import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

import { startEmbeddedPostgres } from './embedded-postgres'
import { createThrowawayDatabase } from './throwaway-database'
import { EMBEDDED_POSTGRES_DIR } from './data-dir'
import { MISSING_SECRET_MESSAGE, resolvePayloadSecret } from './payload-secret'
import { forwardTerminationSignals } from './processes'

/**
 * - `dev`: development database (schema pushed by Payload, no migrations), generated secret.
 * - `demo`: the demo database, production server, generated secret.
 * - `production`: production server; PAYLOAD_SECRET must be set.
 * - `tool`: one-off commands (migrate, seed) on the demo/production database.
 * - `e2e`: a throwaway database and secret for one end-to-end run.
 */
export type SessionMode = 'dev' | 'demo' | 'production' | 'tool' | 'e2e'

const DATABASE_NAMES: Record<Exclude<SessionMode, 'e2e'>, string> = {
  dev: 'portal_dev',
  demo: 'portal',
  production: 'portal',
  tool: 'portal',
}

type Database = { uri: string; close: () => Promise<void> }

/**
 * Runs `work` with DATABASE_URI, PAYLOAD_SECRET and NODE_ENV set for the mode. Without DATABASE_URI the
 * app's own embedded PostgreSQL is started first and stopped after `work` (and after a termination
 * signal, once the commands it started have exited).
 */
export async function withDatabase(mode: SessionMode, work: (env: NodeJS.ProcessEnv) => Promise<number>) {
  nextEnv.loadEnvConfig(process.cwd(), mode === 'dev')
  const env: NodeJS.ProcessEnv = { ...process.env }
  const isProductionServer = mode === 'demo' || mode === 'production' || mode === 'e2e'
  if (isProductionServer) Object.assign(env, { NODE_ENV: 'production' })

  const mayGenerateSecret = mode === 'dev' || mode === 'demo' || (mode === 'tool' && env.NODE_ENV !== 'production')
  try {
    env.PAYLOAD_SECRET =
      mode === 'e2e' ? (process.env.PAYLOAD_SECRET ?? crypto.randomUUID()) : resolvePayloadSecret({ mayGenerate: mayGenerateSecret })
  } catch {
    console.error(MISSING_SECRET_MESSAGE)
    process.exit(1)
  }
  env.PAYLOAD_DB_PUSH = mode === 'dev' ? 'true' : 'false'

  const database = await openDatabase(mode)
  env.DATABASE_URI = database.uri
  forwardTerminationSignals()
  try {
    return await work(env)
  } finally {
    await database.close()
  }
}

async function openDatabase(mode: SessionMode): Promise<Database> {
  const configured = process.env.DATABASE_URI
  if (mode === 'e2e') {
    const throwaway = await createThrowawayDatabase(configured)
    // The end-to-end tests check what the browser did against the rows it left (e.g. one enquiry per double click).
    const databaseFile = process.env.E2E_DATABASE_FILE
    if (databaseFile) {
      mkdirSync(path.dirname(databaseFile), { recursive: true })
      writeFileSync(databaseFile, JSON.stringify({ uri: throwaway.uri }))
    }
    return { uri: throwaway.uri, close: throwaway.destroy }
  }
  if (configured) return { uri: configured, close: async () => {} }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_POSTGRES_DIR, databaseName: DATABASE_NAMES[mode] })
  return { uri: server.uri, close: server.stop }
}
