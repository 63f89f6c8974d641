/**
 * The honest count of a test suite: what its report says, checked against the spec files on disk and the
 * tests they declare. A file that a killed or stalled worker never finished still appears in Vitest's
 * JSON report, as `passed` with no tests or with its remaining tests `pending`; Vitest's unhandled errors
 * are not in that report at all. Each such gap counts as a failure here, with a line that says why.
 *
 * Used by `npm test` (scripts/test.ts) and by .ci/run (through scripts/test-integration.ts); tested in
 * tests/int/suite-tally.int.spec.ts on recorded reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { VitestRunSummary } from './vitest-watchdog'

export type SuiteTally = { passed: number; failed: number; problems: string[] }

/** The spec files under `dir` whose names end with `suffix`, as paths relative to `root` with `/`. */
export function findSpecFiles(root: string, dir: string, suffix: string): string[] {
  const found: string[] = []
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name)
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(child)
      else if (entry.isFile() && entry.name.endsWith(suffix)) found.push(child)
    }
  }
  walk(dir)
  return found.sort()
}

export function readJsonIfPresent<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

function toRelative(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/')
}

// Vitest ----------------------------------------------------------------------------------------------

export type VitestJsonReport = {
  testResults: Array<{
    name: string
    status: string
    message?: string
    assertionResults: Array<{ fullName: string; status: string }>
  }>
}

/**
 * One Vitest run: every test that passed or failed, plus one failure for each spec file on disk whose tests
 * did not all run (absent from the report, no test collected, tests left `pending`), for each file that
 * failed outside its tests, for each unhandled error, for a missing run summary (the run ended before
 * Vitest's end: killed, crashed), and for a non-zero exit that nothing else explains.
 */
export function tallyVitest(input: {
  root: string
  specFiles: string[]
  report: VitestJsonReport | undefined
  summary: VitestRunSummary | undefined
  exitCode: number
}): SuiteTally {
  const { root, specFiles, report, summary, exitCode } = input
  const problems: string[] = []
  let passed = 0
  let failed = 0
  const byFile = new Map((report?.testResults ?? []).map((result) => [toRelative(root, result.name), result]))
  if (!report) problems.push('Vitest wrote no JSON report')
  if (!summary) {
    failed += 1
    problems.push('Vitest ended without writing its run summary: it was killed or crashed before the end of the run')
  } else {
    for (const stall of summary.stalled) {
      problems.push(`${stall.file}: no progress for ${stall.seconds} s ${stall.step}; the watchdog killed its worker`)
    }
    for (const error of summary.unhandledErrors) {
      failed += 1
      problems.push(`unhandled error: ${firstLine(error)}`)
    }
  }

  for (const file of [...new Set([...specFiles, ...byFile.keys()])].sort()) {
    const result = byFile.get(file)
    if (!result) {
      failed += 1
      problems.push(`${file}: not in the report, never ran`)
      continue
    }
    const count = (status: string) => result.assertionResults.filter((test) => test.status === status).length
    const [filePassed, fileFailed, notRun] = [count('passed'), count('failed'), count('pending')]
    passed += filePassed
    failed += fileFailed
    const message = result.message ? `: ${firstLine(result.message)}` : ''
    if (result.assertionResults.length === 0) {
      failed += 1
      problems.push(`${file}: no test ran (the file did not finish loading${message || ', its worker stopped'})`)
    } else if (notRun > 0) {
      failed += 1
      problems.push(`${file}: ${notRun} of ${result.assertionResults.length} tests did not run (its worker stopped)`)
    } else if (result.status === 'failed' && fileFailed === 0) {
      failed += 1
      problems.push(`${file}: failed outside its tests${message}`)
    }
  }

  if (exitCode !== 0 && failed === 0) {
    failed += 1
    problems.push(`Vitest exited with code ${exitCode}`)
  }
  return { passed, failed, problems }
}

// Playwright ------------------------------------------------------------------------------------------

type PlaywrightSuite = {
  suites?: PlaywrightSuite[]
  specs?: Array<{ id: string; file: string; tests: Array<{ projectId: string; status: string; expectedStatus: string }> }>
}

export type PlaywrightJsonReport = {
  config?: { rootDir?: string }
  suites?: PlaywrightSuite[]
  errors?: Array<{ message?: string }>
}

type PlaywrightTest = { key: string; file: string; status: string; expectedStatus: string }

function playwrightTests(report: PlaywrightJsonReport): PlaywrightTest[] {
  const tests: PlaywrightTest[] = []
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) tests.push({ key: `${spec.id}/${test.projectId}`, file: spec.file, ...test })
    }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report.suites ?? []) walk(suite)
  return tests
}

/**
 * One Playwright run, against the tests `playwright test --list` declares: every test that passed (flaky
 * included) or failed, plus one failure for each spec file on disk with no declared test (it did not load),
 * for each file whose declared tests did not all run (missing from the report, or skipped without being
 * declared skipped: the run stopped), for each error outside the tests (global timeout, web server) and for
 * a non-zero exit that nothing else explains. `specFiles` are relative to Playwright's testDir.
 */
export function tallyPlaywright(input: {
  specFiles: string[]
  listed: PlaywrightJsonReport | undefined
  report: PlaywrightJsonReport | undefined
  exitCode: number
}): SuiteTally {
  const { specFiles, listed, report, exitCode } = input
  const problems: string[] = []
  let passed = 0
  let failed = 0
  if (!listed) problems.push('`playwright test --list` gave no list of the declared tests')
  if (!report) problems.push('Playwright wrote no JSON report')
  for (const error of [...(listed?.errors ?? []), ...(report?.errors ?? [])]) {
    failed += 1
    problems.push(`error outside the tests: ${firstLine(error.message ?? 'unknown')}`)
  }

  const declared = listed ? playwrightTests(listed) : []
  const ran = new Map((report ? playwrightTests(report) : []).map((test) => [test.key, test]))
  const files = [...new Set([...specFiles, ...declared.map((test) => test.file), ...[...ran.values()].map((test) => test.file)])].sort()
  for (const file of files) {
    const fileDeclared = declared.filter((test) => test.file === file)
    const fileRan = [...ran.values()].filter((test) => test.file === file)
    passed += fileRan.filter((test) => test.status === 'expected' || test.status === 'flaky').length
    failed += fileRan.filter((test) => test.status === 'unexpected').length
    if (fileDeclared.length === 0 && fileRan.length === 0) {
      failed += 1
      problems.push(`${file}: no test declared (the file did not load)`)
      continue
    }
    const expected = fileDeclared.length > 0 ? fileDeclared : fileRan
    const notRun = expected.filter((test) => {
      const result = ran.get(test.key)
      return !result || (result.status === 'skipped' && result.expectedStatus !== 'skipped')
    }).length
    if (notRun > 0) {
      failed += 1
      problems.push(`${file}: ${notRun} of ${expected.length} tests did not run (the run stopped, or a serial group at a failure)`)
    }
  }

  if (exitCode !== 0 && failed === 0) {
    failed += 1
    problems.push(`Playwright exited with code ${exitCode}`)
  }
  return { passed, failed, problems }
}

function firstLine(text: string): string {
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '')
  return plain.split('\n').find((line) => line.trim())?.trim() ?? plain
}
