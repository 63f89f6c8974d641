import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  findSpecFiles,
  type PlaywrightJsonReport,
  tallyPlaywright,
  tallyVitest,
  type VitestJsonReport,
} from '@/scripts/lib/suite-tally'
import type { VitestRunSummary } from '@/scripts/lib/vitest-watchdog'

/**
 * Reports recorded from real runs (paths rewritten to /repo, Playwright's per-attempt details dropped):
 * - vitest-killed-run: the integration suite with two throwaway files added, one whose worker killed itself
 *   in its second test, one whose import never finished (the watchdog killed it after 120 s). Only those two
 *   and seo.int.spec.ts are kept. Vitest's report calls every file `passed` and the run a `success`.
 * - playwright-stopped: portal and seo e2e files run with `--global-timeout=150000`, which stopped the run
 *   after 17 tests; `.list` is `playwright test --list --reporter=json` of the same files.
 */
const recorded = <T>(name: string): T => JSON.parse(readFileSync(path.join(__dirname, 'tally-reports', name), 'utf8')) as T

const killedRun = recorded<VitestJsonReport & { success: boolean }>('vitest-killed-run.json')
const killedRunSummary = recorded<VitestRunSummary>('vitest-killed-run.summary.json')
const specFiles = ['tests/int/seo.int.spec.ts', 'tests/int/zz-killed.int.spec.ts', 'tests/int/zz-stalled.int.spec.ts']

describe('the tally of a Vitest run', () => {
  it('counts a killed worker’s file, a file that never loaded and the unhandled errors as failures, where the report says passed', () => {
    expect(killedRun.success).toBe(true)
    expect(killedRun.testResults.every((file) => file.status === 'passed')).toBe(true)

    const tally = tallyVitest({ root: '/repo', specFiles, report: killedRun, summary: killedRunSummary, exitCode: 1 })

    expect(tally.passed).toBe(3)
    expect(tally.failed).toBe(4)
    expect(tally.problems).toEqual(
      expect.arrayContaining([
        'tests/int/zz-killed.int.spec.ts: 3 of 3 tests did not run (its worker stopped)',
        'tests/int/zz-stalled.int.spec.ts: no test ran (the file did not finish loading, its worker stopped)',
        'tests/int/zz-stalled.int.spec.ts: no progress for 120 s while importing it (setup files included); the watchdog killed its worker',
        'unhandled error: Error: [vitest-pool]: Worker forks emitted error. (Worker exited unexpectedly)',
      ]),
    )
  })

  it('counts a spec file on disk that is not in the report', () => {
    const tally = tallyVitest({
      root: '/repo',
      specFiles: [...specFiles, 'tests/int/later.int.spec.ts'],
      report: killedRun,
      summary: killedRunSummary,
      exitCode: 1,
    })
    expect(tally.failed).toBe(5)
    expect(tally.problems).toContain('tests/int/later.int.spec.ts: not in the report, never ran')
  })

  it('counts every file, and the missing summary, when Vitest was stopped before writing anything', () => {
    const tally = tallyVitest({ root: '/repo', specFiles, report: undefined, summary: undefined, exitCode: 124 })
    expect(tally).toMatchObject({ passed: 0, failed: 4 })
  })

  it('is green for the same files when all their tests ran and passed', () => {
    const complete: VitestJsonReport = {
      testResults: killedRun.testResults.map((file) => ({
        ...file,
        assertionResults: file.assertionResults.length
          ? file.assertionResults.map((test) => ({ ...test, status: 'passed' }))
          : [{ fullName: 'loads', status: 'passed' }],
      })),
    }
    const tally = tallyVitest({ root: '/repo', specFiles, report: complete, summary: { ...killedRunSummary, unhandledErrors: [], stalled: [] }, exitCode: 0 })
    expect(tally).toEqual({ passed: 7, failed: 0, problems: [] })
  })

  it('still fails a run whose exit code says so when its reports look clean', () => {
    const complete: VitestJsonReport = { testResults: [{ name: '/repo/tests/int/seo.int.spec.ts', status: 'passed', assertionResults: [{ fullName: 'a', status: 'passed' }] }] }
    const tally = tallyVitest({ root: '/repo', specFiles: ['tests/int/seo.int.spec.ts'], report: complete, summary: { reason: 'failed', unhandledErrors: [], stalled: [] }, exitCode: 1 })
    expect(tally).toMatchObject({ passed: 1, failed: 1, problems: ['Vitest exited with code 1'] })
  })
})

describe('the tally of a Playwright run', () => {
  const listed = recorded<PlaywrightJsonReport>('playwright-stopped.list.json')
  const stopped = recorded<PlaywrightJsonReport>('playwright-stopped.json')

  it('counts the files a global timeout left unfinished, and its errors, as failures', () => {
    const tally = tallyPlaywright({ specFiles: ['portal.e2e.spec.ts', 'seo.e2e.spec.ts'], listed, report: stopped, exitCode: 1 })
    expect(tally.passed).toBe(17)
    expect(tally.failed).toBe(4)
    expect(tally.problems).toEqual([
      'error outside the tests: Timed out waiting 150s for the test suite to run',
      'error outside the tests: Timed out waiting 150s for the teardown for test suite to run',
      'portal.e2e.spec.ts: 50 of 67 tests did not run (the run stopped, or a serial group at a failure)',
      'seo.e2e.spec.ts: 7 of 7 tests did not run (the run stopped, or a serial group at a failure)',
    ])
  })

  it('counts a spec file on disk that declares no test, and tests missing from the report', () => {
    const tally = tallyPlaywright({ specFiles: ['portal.e2e.spec.ts', 'seo.e2e.spec.ts', 'broken.e2e.spec.ts'], listed, report: undefined, exitCode: 1 })
    expect(tally.passed).toBe(0)
    expect(tally.failed).toBe(3)
    expect(tally.problems).toContain('broken.e2e.spec.ts: no test declared (the file did not load)')
  })
})

describe('the spec files on disk', () => {
  it('include this one', () => {
    const root = path.resolve(__dirname, '../..')
    expect(findSpecFiles(root, 'tests/int', '.int.spec.ts')).toContain('tests/int/suite-tally.int.spec.ts')
  })
})
