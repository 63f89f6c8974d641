/**
 * `npm test`: typecheck, lint, integration and end-to-end suites, one after the other whatever fails,
 * then one closing line `N passed, N failed` summing them all. Exits non-zero when anything failed.
 *
 * The suites are counted against the spec files on disk and the tests they declare, not only against their
 * reports (scripts/lib/suite-tally.ts): a file whose tests did not all run, an unhandled error and a suite
 * stopped by its time bound are failures too. Each suite is bounded: a stalled integration test file is
 * killed and named by the watchdog (scripts/lib/vitest-watchdog.ts), the end-to-end run by Playwright's
 * globalTimeout and by scripts/test-e2e.ts.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { printProblems, runIntegrationSuite } from './lib/integration-suite'
import { runCommand } from './lib/processes'
import { findSpecFiles, type PlaywrightJsonReport, readJsonIfPresent, type SuiteTally, tallyPlaywright } from './lib/suite-tally'

type Tally = SuiteTally & { suite: string }

const RESULTS_DIR = '.test-results'

async function runCheck(suite: string, command: string, args: string[]): Promise<Tally> {
  const code = await runCommand(command, args)
  return { suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, problems: [] }
}

/** The end-to-end tests Playwright declares (`--list`, no browser, no server), then the run itself. */
async function runEndToEnd(): Promise<Tally> {
  const listFile = `${RESULTS_DIR}/e2e-list.json`
  spawnSync('playwright', ['test', '--list', '--reporter=json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: listFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exitCode = await runCommand('tsx', ['scripts/test-e2e.ts'])
  const tally = tallyPlaywright({
    specFiles: findSpecFiles(path.join(process.cwd(), 'e2e'), '.', '.e2e.spec.ts'),
    listed: readJsonIfPresent<PlaywrightJsonReport>(listFile),
    report: readJsonIfPresent<PlaywrightJsonReport>(`${RESULTS_DIR}/e2e.json`),
    exitCode,
  })
  return { suite: 'end-to-end', ...tally }
}

/**
 * The production build the end-to-end suite needs, made beside the integration suite: that suite waits on its
 * database much of the time, and on two cores the two together take less time than one after the other
 * (CI: about 2.5 min saved). Started after the typecheck, which reads the types the build writes in `.next`.
 * Its output goes to a file, shown when it fails; scripts/test-e2e.ts then reuses it (or builds, and fails, there).
 */
function startBuild(): Promise<void> {
  const outputFile = `${RESULTS_DIR}/build.log`
  console.log(`The production build runs beside the integration suite (output: ${outputFile}).`)
  return runCommand('tsx', ['scripts/build.ts'], process.env, { outputFile }).then((code) => {
    if (code !== 0) console.error(`The production build failed (${code}):\n${readFileSync(outputFile, 'utf8').slice(-4000)}`)
  })
}

rmSync(RESULTS_DIR, { recursive: true, force: true })
mkdirSync(RESULTS_DIR, { recursive: true })
const tallies: Tally[] = []
tallies.push(await runCheck('typecheck', 'tsc', ['--noEmit']))
tallies.push(await runCheck('lint', 'eslint', ['.']))
const build = startBuild()
tallies.push({ suite: 'integration', ...(await runIntegrationSuite(`${RESULTS_DIR}/int.json`)) })
await build
tallies.push(await runEndToEnd())

for (const tally of tallies) printProblems(tally.suite, tally)
console.log('')
for (const { suite, passed, failed } of tallies) console.log(`  ${suite.padEnd(12)} ${passed} passed · ${failed} failed`)
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0)
const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
