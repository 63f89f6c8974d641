/**
 * Serves the production build: applies pending migrations first (so `npm start` never meets an old
 * schema), with `--seed` loads the demo content (and with `--demo-admin` the demo's administrator),
 * then runs the production server (server.mjs) until it is told to stop.
 */
import { existsSync } from 'node:fs'

import { keepCachedRendersOnlyFor } from './lib/cached-renders'
import { forwardTerminationSignals, runCommand, runCommandOrThrow, runMigrations } from './lib/processes'

if (!existsSync('.next/BUILD_ID')) {
  console.error('There is no production build yet: run `npm run build` first.')
  process.exit(1)
}

forwardTerminationSignals()
await runMigrations()
if (process.argv.includes('--seed')) {
  await runCommandOrThrow('tsx', ['scripts/seed.ts', ...process.argv.filter((arg) => arg === '--demo-admin')])
}
await keepCachedRendersOnlyFor(process.env.DATABASE_URI ?? '')
process.exit(await runCommand('node', ['server.mjs'], { ...process.env, NODE_ENV: 'production' }))
