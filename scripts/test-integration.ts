/**
 * The integration suite with its honest tally (scripts/lib/integration-suite.ts), closing with one line
 * `N passed, N failed`; exits non-zero when anything failed. .ci/run runs a part of it against an external
 * PostgreSQL: `DATABASE_URI=… tsx scripts/test-integration.ts .test-results/int-external-postgres.json tests/int/a.int.spec.ts …`
 * (the files named after the report; none: all of them).
 */
import { printProblems, runIntegrationSuite } from './lib/integration-suite'

const [reportFile = '.test-results/int.json', ...only] = process.argv.slice(2)
const tally = await runIntegrationSuite(reportFile, process.env, only)
printProblems('integration', tally)
console.log(`${tally.passed} passed, ${tally.failed} failed`)
process.exit(tally.failed > 0 ? 1 : 0)
