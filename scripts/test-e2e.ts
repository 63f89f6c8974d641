/**
 * End-to-end tests: production build (reused when unchanged), then Playwright against the production server
 * (server.mjs). Playwright's globalTimeout (playwright.config.ts) bounds the tests; this script also bounds
 * the build and the whole Playwright process, its web server's start and stop included.
 */
import { findFreePort } from './lib/free-port'
import { E2E_GLOBAL_TIMEOUT_MS } from '../playwright.config'
import { forgetCachedRenders } from './lib/cached-renders'
import { findChromium } from './lib/chromium'
import { runCommand, runCommandOrThrow } from './lib/processes'
import { findRedisServer } from './lib/redis-server'

const BUILD_TIMEOUT_MS = 30 * 60_000

const chromiumPath = findChromium()
const redisServerPath = findRedisServer()
await runCommandOrThrow('tsx', ['scripts/build.ts'], process.env, { timeoutMs: BUILD_TIMEOUT_MS })
forgetCachedRenders()
const port = await findFreePort()
const exitCode = await runCommand(
  'playwright',
  ['test', ...process.argv.slice(2)],
  { ...process.env, E2E_PORT: String(port), CHROMIUM_PATH: chromiumPath ?? '', REDIS_SERVER_PATH: redisServerPath ?? '' },
  // Past the global timeout, Playwright still stops its workers and the web server (up to 15 s).
  { timeoutMs: E2E_GLOBAL_TIMEOUT_MS + 5 * 60_000 },
)
process.exit(exitCode)
