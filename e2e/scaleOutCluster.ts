import { spawn } from 'node:child_process'
import path from 'node:path'

import { createThrowawayDatabase } from '../scripts/lib/throwaway-database'
import { findFreePort } from '../scripts/lib/free-port'
import { type BackgroundProcess, spawnBackground, waitForHealthy } from '../scripts/lib/background-process'
import { productionEnv, spawnProductionServer } from '../scripts/lib/production-server'

/** One production server (server.mjs) of the build; the test talks to it as a load balancer would. */
export type Instance = { name: string; baseURL: string; output: () => string }

/** Several instances sharing one PostgreSQL database and one Redis, as in a scaled-out deployment. */
export type Cluster = { instances: Instance[]; redisUrl: string; stop: () => Promise<void> }

const BIN = path.resolve('node_modules', '.bin')

/**
 * Starts a redis-server and a throwaway database on loopback, brings the database to the schema, then
 * starts `instances` servers of the existing production build (scripts/test-e2e.ts builds it first).
 */
export async function startCluster({ instances: count }: { instances: number }): Promise<Cluster> {
  const processes: BackgroundProcess[] = []
  const database = await createThrowawayDatabase(process.env.DATABASE_URI)
  const stop = async () => {
    await Promise.all(processes.map((process) => process.stop()))
    await database.destroy()
  }
  try {
    const redisPort = await findFreePort()
    const redisUrl = `redis://127.0.0.1:${redisPort}`
    const redis = spawnBackground('redis', redisServerPath(), ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], process.env)
    processes.push(redis)
    await redis.waitFor(/Ready to accept connections/)

    const env = productionEnv(database.uri, { REDIS_URL: redisUrl })
    await migrate(env)

    const instances = await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const name = String.fromCharCode(65 + index)
        const { server, baseURL } = await spawnProductionServer(name, env)
        processes.push(server)
        await waitForHealthy(baseURL, server)
        return { name, baseURL, output: server.output }
      }),
    )
    return { instances, redisUrl, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function redisServerPath(): string {
  const found = process.env.REDIS_SERVER_PATH
  if (!found) throw new Error('The scale-out test needs redis-server (Debian: apt-get install -y redis-server).')
  return found
}

/** Brings a throwaway database to the schema with the committed migrations. */
export function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, 'tsx'), ['scripts/migrate.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The migrations failed (${code}):\n${output}`))))
  })
}
