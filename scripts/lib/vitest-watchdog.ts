import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason, TestSuite, Vitest } from 'vitest/node'

import { killProcessTree, listProcesses } from './process-tree'

/** Names the file where the watchdog writes the run's outcome, read by the tally (scripts/lib/suite-tally.ts). */
export const RUN_SUMMARY_ENV = 'VITEST_RUN_SUMMARY_FILE'

export type VitestRunSummary = {
  reason: TestRunEndReason
  unhandledErrors: string[]
  stalled: StalledFile[]
}

export type StalledFile = { file: string; step: string; seconds: number }

export type WatchdogOptions = {
  /** Longest silence while a file is imported (its setup files included) and between its tests and hooks. */
  importTimeout: number
  /** Added to a test's or hook's own timeout, so that Vitest's own timeout fires first. */
  grace: number
}

type ReportedHook = Parameters<NonNullable<Reporter['onHookStart']>>[0]

/**
 * Vitest 4.1 bounds tests (testTimeout) and hooks (hookTimeout), but nothing bounds the import of a test
 * file, and a worker stuck in synchronous code misses even those two: the run then waits for ever. This
 * reporter, added to every run by vitest.config.ts whatever reporters the command line asks for, follows
 * each file's progress: when a file makes no progress for longer than its current step allows (a test: its
 * timeout plus a grace; a hook: hookTimeout plus a grace; anything else, its import first: importTimeout),
 * it names the file and the step, and kills the worker process that runs it with everything that process
 * started. Vitest then reports the file's tests as not run, notes the worker's exit as an unhandled error,
 * and goes on with the next file. (A hook's own timeout is not reported to reporters: a hook given one longer
 * than hookTimeout plus the grace would be cut short.)
 *
 * It also writes the run's unhandled errors and stalls to the file named by VITEST_RUN_SUMMARY_FILE, for
 * the tally: Vitest's JSON report has neither.
 */
export default class WatchdogReporter implements Reporter {
  private vitest!: Vitest
  private readonly options: WatchdogOptions
  private timer: NodeJS.Timeout | undefined
  private current: { module: TestModule; step: string; since: number } | undefined
  /** The test under way, from onTestCaseReady to onTestCaseResult, its beforeEach and afterEach hooks included. */
  private test: { module: TestModule; step: string; limit: number } | undefined
  private readonly stalled: StalledFile[] = []

  constructor(options: Partial<WatchdogOptions> = {}) {
    this.options = { importTimeout: 120_000, grace: 30_000, ...options }
  }

  onInit(vitest: Vitest) {
    this.vitest = vitest
  }

  onTestModuleQueued(module: TestModule) {
    this.arm(module, 'while importing it (setup files included)', this.options.importTimeout)
  }

  onTestModuleCollected(module: TestModule) {
    this.arm(module, 'after collecting its tests', this.options.importTimeout)
  }

  onHookStart(hook: ReportedHook) {
    const limit = hook.entity.project.config.hookTimeout + this.options.grace
    this.arm(moduleOf(hook.entity), `in ${hook.name}${nameOf(hook.entity)}`, limit)
  }

  onHookEnd(hook: ReportedHook) {
    // After beforeEach, the test itself runs; after afterEach, its result is about to be reported.
    if ((hook.name === 'beforeEach' || hook.name === 'afterEach') && this.test) {
      this.arm(this.test.module, this.test.step, this.test.limit)
    } else {
      this.arm(moduleOf(hook.entity), `after ${hook.name}${nameOf(hook.entity)} ended`, this.options.importTimeout)
    }
  }

  onTestCaseReady(test: TestCase) {
    const timeout = test.options.timeout ?? test.project.config.testTimeout
    const runs = (1 + (typeof test.options.retry === 'number' ? test.options.retry : 0)) * (1 + (test.options.repeats ?? 0))
    this.test = { module: test.module, step: `in the test “${test.fullName}”`, limit: runs * (timeout + this.options.grace) }
    this.arm(this.test.module, this.test.step, this.test.limit)
  }

  onTestCaseResult(test: TestCase) {
    this.test = undefined
    this.arm(test.module, `after the test “${test.fullName}” ended`, this.options.importTimeout)
  }

  onTestModuleEnd() {
    // Between files, starting the next worker is bounded by Vitest itself.
    this.test = undefined
    this.disarm()
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>, reason: TestRunEndReason) {
    this.disarm()
    const file = process.env[RUN_SUMMARY_ENV]
    if (!file) return
    const summary: VitestRunSummary = { reason, unhandledErrors: errors.map(describeError), stalled: this.stalled }
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`)
  }

  private arm(module: TestModule, step: string, limit: number) {
    this.disarm()
    this.current = { module, step, since: Date.now() }
    this.timer = setTimeout(() => this.onStall(), limit)
    this.timer.unref()
  }

  private disarm() {
    clearTimeout(this.timer)
    this.timer = undefined
    this.current = undefined
  }

  private onStall() {
    const current = this.current
    if (!current) return
    this.disarm()
    const file = current.module.relativeModuleId
    const seconds = Math.round((Date.now() - current.since) / 1000)
    this.stalled.push({ file, step: current.step, seconds })
    const killed = this.killWorker()
    this.vitest.logger.error(
      `\nWatchdog: ${file} made no progress for ${seconds} s ${current.step}. ` +
        (killed.length > 0
          ? `Killed its worker (pid ${killed.join(', ')}) and what it started: its tests count as not run.\n`
          : 'Found no worker process to kill: cancelling the run.\n'),
    )
    if (killed.length === 0) {
      // A second cancellation makes Vitest stop its workers without waiting for them.
      const reason = 'watchdog' as Parameters<Vitest['cancelCurrentRun']>[0]
      void this.vitest.cancelCurrentRun(reason)
      void this.vitest.cancelCurrentRun(reason)
    }
  }

  /**
   * The worker that runs the file: Vitest's fork of this process (the `forks` pool). With one file at a time
   * (fileParallelism: false makes maxWorkers 1) it is the newest fork, as the previous one may still be
   * stopping; with files in parallel the watchdog cannot tell the forks apart and kills them all.
   */
  private killWorker(): number[] {
    const forks = listProcesses()
      .filter((candidate) => candidate.ppid === process.pid && /vitest[\\/]dist[\\/]workers[\\/](vm)?forks\.js/i.test(candidate.command))
      .sort((a, b) => a.startedAt - b.startedAt)
    const targets = this.vitest.config.maxWorkers === 1 ? forks.slice(-1) : forks
    for (const target of targets) killProcessTree(target.pid, 'SIGKILL')
    return targets.map((target) => target.pid)
  }
}

function moduleOf(entity: TestModule | TestSuite | TestCase): TestModule {
  return entity.type === 'module' ? entity : entity.module
}

function nameOf(entity: TestModule | TestSuite | TestCase): string {
  return entity.type === 'module' ? '' : ` of “${entity.fullName}”`
}

function describeError(error: SerializedError): string {
  const describe = (value: unknown): string => {
    if (!value || typeof value !== 'object') return String(value)
    const { name, message } = value as { name?: string; message?: string }
    return [name, message].filter(Boolean).join(': ')
  }
  const cause = (error as { cause?: { message?: string } }).cause
  return cause?.message ? `${describe(error)} (${cause.message})` : describe(error)
}
