/** End-to-end tests: production build (reused when unchanged), then Playwright against `next start`. */
import { rmSync } from 'node:fs'

import { findFreePort } from '../lib/runtime/free-port'
import { findChromium } from './lib/chromium'
import { runCommand, runCommandOrThrow } from './lib/processes'
import { findRedisServer } from './lib/redis-server'

const chromiumPath = findChromium()
const redisServerPath = findRedisServer()
await runCommandOrThrow('tsx', ['scripts/build.ts'])
// Cached data of an earlier run points at another throwaway database's documents and files.
rmSync('.next/cache/fetch-cache', { recursive: true, force: true })
const port = await findFreePort()
const exitCode = await runCommand('playwright', ['test', ...process.argv.slice(2)], {
  ...process.env,
  E2E_PORT: String(port),
  CHROMIUM_PATH: chromiumPath ?? '',
  REDIS_SERVER_PATH: redisServerPath ?? '',
})
process.exit(exitCode)
