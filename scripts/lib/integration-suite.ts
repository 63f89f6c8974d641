import { rmSync } from 'node:fs'

import { runCommand, TIMED_OUT } from './processes'
import { findSpecFiles, readJsonIfPresent, type SuiteTally, tallyVitest, type VitestJsonReport } from './suite-tally'
import { RUN_SUMMARY_ENV, type VitestRunSummary } from './vitest-watchdog'

/**
 * The whole integration run is bounded as well (about 6 minutes on two cores), for what the watchdog of each
 * file cannot see: the global setup (database, migrations) or Vitest's own teardown hanging.
 */
const INTEGRATION_TIMEOUT_MS = 30 * 60_000

/**
 * Runs the integration suite (`vitest run`, its watchdog included, see vitest.config.ts) with a JSON report
 * at `reportFile`, and tallies it against the spec files on disk. Shared by `npm test` and .ci/run (through
 * scripts/test-integration.ts), so that both count the same way.
 */
export async function runIntegrationSuite(reportFile: string, env: NodeJS.ProcessEnv = process.env, only: string[] = []): Promise<SuiteTally> {
  const summaryFile = `${reportFile.replace(/\.json$/, '')}.summary.json`
  rmSync(reportFile, { force: true })
  rmSync(summaryFile, { force: true })
  const root = process.cwd()
  const allFiles = findSpecFiles(root, 'tests/int', '.int.spec.ts')
  // A chosen part of the suite (`only`, paths from the root): each must exist, and is counted like the whole.
  const unknown = only.filter((file) => !allFiles.includes(file))
  const exitCode = await runCommand(
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`, ...only],
    { ...env, [RUN_SUMMARY_ENV]: summaryFile },
    { timeoutMs: INTEGRATION_TIMEOUT_MS },
  )
  const tally = tallyVitest({
    root,
    specFiles: only.length > 0 ? only.filter((file) => allFiles.includes(file)) : allFiles,
    report: readJsonIfPresent<VitestJsonReport>(reportFile),
    summary: readJsonIfPresent<VitestRunSummary>(summaryFile),
    exitCode,
  })
  for (const file of unknown) {
    tally.failed += 1
    tally.problems.push(`${file}: no such integration test file`)
  }
  if (exitCode === TIMED_OUT) tally.problems.unshift(`the run was stopped after ${INTEGRATION_TIMEOUT_MS / 60_000} minutes, its bound`)
  return tally
}

/** What went wrong besides failed tests, one line each, under the suite's name. */
export function printProblems(suite: string, tally: SuiteTally): void {
  if (tally.problems.length === 0) return
  console.log(`\n${suite}: counted as failures besides the failed tests, or worth knowing:`)
  for (const problem of tally.problems) console.log(`  - ${problem}`)
}
