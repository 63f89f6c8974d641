import { defineConfig, devices } from '@playwright/test'

import { E2E_DATABASE_FILE } from './e2e/support/database'

/** Set by scripts/test-e2e.ts, which also finds the Chromium and builds the app first. */
const port = Number(process.env.E2E_PORT ?? 3100)
const executablePath = process.env.CHROMIUM_PATH || undefined
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    // This machine's network is closed: Chromium's background services only add failed connections.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
}

/**
 * The whole run's bound (the tests and the web server, not the build), for what hangs outside a test (a
 * single test is bounded by `timeout`): the run takes about 21 minutes with two workers on two cores (CI).
 * scripts/test-e2e.ts kills Playwright a little later.
 */
export const E2E_GLOBAL_TIMEOUT_MS = 45 * 60_000

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: true,
  // Two on two cores, CI too: quietly, the whole suite took 20.6 min with two against 23.0 with one (2026-12-05).
  // E2E_WORKERS overrides it (1 to follow a failure in order).
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  globalTimeout: E2E_GLOBAL_TIMEOUT_MS,
  reporter: [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
  outputDir: '.test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The run's database starts empty of staff: the first visit to /admin creates the administrator that
    // every admin spec signs in as (e2e/support/staff.ts). It runs before them, even when one is run alone.
    { name: 'first-admin', testMatch: 'first-admin.setup.ts', use: chromium },
    { name: 'chromium', use: chromium, testIgnore: 'admin-*.e2e.spec.ts' },
    { name: 'admin', use: chromium, testMatch: 'admin-*.e2e.spec.ts', dependencies: ['first-admin'] },
  ],
  webServer: {
    command: 'tsx scripts/with-database.ts e2e -- tsx scripts/start.ts --seed',
    url: `http://127.0.0.1:${port}/api/health`,
    // The tests stand in for a load balancer on this machine: X-Forwarded-For sent from loopback is its word.
    env: { PORT: String(port), E2E_DATABASE_FILE, TRUSTED_PROXIES: 'loopback' },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
