/**
 * The newcomer's command: production build (reused when unchanged), embedded PostgreSQL in
 * `.data/postgres`, migrations, demo content, and the portal on http://localhost:3000.
 */
import { withDatabase } from './lib/database-session'
import { runCommand, runCommandOrThrow } from './lib/processes'

await runCommandOrThrow('tsx', ['scripts/build.ts'])
const exitCode = await withDatabase('demo', (env) => runCommand('tsx', ['scripts/start.ts', '--seed', '--demo-admin'], env))
process.exit(exitCode)
