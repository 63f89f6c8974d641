/**
 * Usage: tsx scripts/with-database.ts <dev|demo|production|tool|e2e> -- <command> [args…]
 * Runs the command with the mode's database and secret (see scripts/lib/database-session.ts).
 */
import { type SessionMode, withDatabase } from './lib/database-session'
import { runCommand } from './lib/processes'

const MODES: SessionMode[] = ['dev', 'demo', 'production', 'tool', 'e2e']

const [mode, separator, command, ...args] = process.argv.slice(2)
if (!MODES.includes(mode as SessionMode) || separator !== '--' || !command) {
  console.error(`Usage: tsx scripts/with-database.ts <${MODES.join('|')}> -- <command> [args…]`)
  process.exit(2)
}

const exitCode = await withDatabase(mode as SessionMode, (env) => runCommand(command, args, env))
process.exit(exitCode)
