/** End-to-end tests: production build (reused when unchanged), then Playwright against the production server (server.mjs). */
import { findFreePort } from '../lib/runtime/free-port'
import { forgetCachedRenders } from './lib/cached-renders'
import { findChromium } from './lib/chromium'
import { runCommand, runCommandOrThrow } from './lib/processes'
import { findRedisServer } from './lib/redis-server'

const chromiumPath = findChromium()
const redisServerPath = findRedisServer()
await runCommandOrThrow('tsx', ['scripts/build.ts'])
forgetCachedRenders()
const port = await findFreePort()
const exitCode = await runCommand('playwright', ['test', ...process.argv.slice(2)], {
  ...process.env,
  E2E_PORT: String(port),
  CHROMIUM_PATH: chromiumPath ?? '',
  REDIS_SERVER_PATH: redisServerPath ?? '',
})
process.exit(exitCode)
