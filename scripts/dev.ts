/** Development: the `portal_dev` database (schema pushed by Payload), demo content, `next dev`. */
import { withDatabase } from './lib/database-session'
import { runCommand, runCommandOrThrow } from './lib/processes'
import { writeProxyMatchers } from './lib/proxy-matchers'

writeProxyMatchers()

const exitCode = await withDatabase('dev', async (env) => {
  await runCommandOrThrow('tsx', ['scripts/seed.ts'], env)
  return runCommand('next', ['dev'], env)
})
process.exit(exitCode)
