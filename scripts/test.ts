/**
 * `npm test`: typecheck, lint, integration and end-to-end suites, one after the other whatever fails,
 * then one closing line `N passed, N failed` summing them all. Exits non-zero when anything failed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'

import { runCommand } from './lib/processes'

type Tally = { suite: string; passed: number; failed: number }

const RESULTS_DIR = '.test-results'

async function runCheck(suite: string, command: string, args: string[]): Promise<Tally> {
  const code = await runCommand(command, args)
  return { suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }
}

/** A suite that exits non-zero without a failed test in its report (a crash, say) counts one failure. */
async function runSuite(suite: string, command: string, args: string[], readTally: () => Omit<Tally, 'suite'>) {
  const reportless = { passed: 0, failed: 0 }
  const code = await runCommand(command, args)
  let tally = reportless
  try {
    tally = readTally()
  } catch {
    tally = reportless
  }
  return { suite, passed: tally.passed, failed: tally.failed + (code !== 0 && tally.failed === 0 ? 1 : 0) }
}

function readJson<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`${file} was not written`)
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

rmSync(RESULTS_DIR, { recursive: true, force: true })
const tallies: Tally[] = []
tallies.push(await runCheck('typecheck', 'tsc', ['--noEmit']))
tallies.push(await runCheck('lint', 'eslint', ['.']))
tallies.push(
  await runSuite('integration', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS_DIR}/int.json`], () => {
    const report = readJson<{ numPassedTests: number; numFailedTests: number; numFailedTestSuites: number }>(
      `${RESULTS_DIR}/int.json`,
    )
    // A file whose setup fails skips its tests: it counts as a failure of its own.
    return { passed: report.numPassedTests, failed: report.numFailedTests || report.numFailedTestSuites }
  }),
)
tallies.push(
  await runSuite('end-to-end', 'tsx', ['scripts/test-e2e.ts'], () => {
    const { stats } = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(`${RESULTS_DIR}/e2e.json`)
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected }
  }),
)

for (const { suite, passed, failed } of tallies) console.log(`  ${suite.padEnd(12)} ${passed} passed · ${failed} failed`)
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0)
const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
