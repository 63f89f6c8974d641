/**
 * The integration suite with its honest tally (scripts/lib/integration-suite.ts), closing with one line
 * `N passed, N failed`; exits non-zero when anything failed. .ci/run runs it against an external PostgreSQL:
 * `DATABASE_URI=… tsx scripts/test-integration.ts .test-results/int-external-postgres.json`.
 */
import { printProblems, runIntegrationSuite } from './lib/integration-suite'

const tally = await runIntegrationSuite(process.argv[2] ?? '.test-results/int.json')
printProblems('integration', tally)
console.log(`${tally.passed} passed, ${tally.failed} failed`)
process.exit(tally.failed > 0 ? 1 : 0)
