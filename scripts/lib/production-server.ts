import { randomBytes } from 'node:crypto'

import { findFreePort } from './free-port'
import { type BackgroundProcess, spawnBackground } from './background-process'

/** A production server's environment on a throwaway database: a secret of its own, migrations only (no schema push). */
export function productionEnv(databaseUri: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    PAYLOAD_DB_PUSH: 'false',
    ...extra,
  }
}

/**
 * The production server (server.mjs) of the existing build on a free port, bound to every interface, with
 * Node's options if any (`--cpu-prof`). Wait for it with `waitForHealthy`.
 */
export async function spawnProductionServer(
  name: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<{ server: BackgroundProcess; baseURL: string }> {
  const port = await findFreePort()
  const server = spawnBackground(name, process.execPath, [...nodeArgs, 'server.mjs'], { ...env, PORT: String(port) })
  return { server, baseURL: `http://127.0.0.1:${port}` }
}
