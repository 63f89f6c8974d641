import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'

import { descendantsOf, killProcessTree, signalQuietly } from './process-tree'

const running = new Set<ChildProcess>()
let isTerminating = false

type RunOptions = {
  /** Stops the command and everything it started when it runs longer: SIGTERM, then SIGKILL 10 s later. */
  timeoutMs?: number
  /** The folder it runs in; this process's own by default. */
  cwd?: string
  /** Writes its output (stdout and stderr) to this file instead of this process's own. */
  outputFile?: string
}

/** Exit code of a command stopped by its timeout, as timeout(1) has it. */
export const TIMED_OUT = 124

/** Runs a command with inherited output; resolves with its exit code (128 + n when killed by signal n). */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  { timeoutMs, cwd, outputFile }: RunOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    if (isTerminating) return resolve(130)
    const output = outputFile === undefined ? undefined : openSync(outputFile, 'w')
    const child = spawn(command, args, { stdio: output === undefined ? 'inherit' : ['ignore', output, output], env, cwd })
    if (output !== undefined) closeSync(output)
    running.add(child)
    let timedOut = false
    const timers: NodeJS.Timeout[] = []
    if (timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          timedOut = true
          const bound = timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} min` : `${Math.round(timeoutMs / 1000)} s`
          console.error(`\n\`${[command, ...args].join(' ')}\` did not finish within ${bound}: stopping it and what it started.`)
          const tree = killProcessTree(child.pid!, 'SIGTERM')
          // Then whatever ignored SIGTERM, including processes whose parent has gone meanwhile.
          const killLeftovers = () => {
            for (const pid of [...tree, ...descendantsOf(child.pid!).map((process_) => process_.pid)]) signalQuietly(pid, 'SIGKILL')
          }
          timers.push(setTimeout(killLeftovers, 10_000))
        }, timeoutMs),
      )
    }
    child.on('error', (error) => {
      running.delete(child)
      timers.forEach(clearTimeout)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      running.delete(child)
      // After a timeout, what it started still gets its SIGKILL.
      if (!timedOut) timers.forEach(clearTimeout)
      resolve(timedOut ? TIMED_OUT : (code ?? (signal ? 128 + signalNumber(signal) : 1)))
    })
  })
}

/** Like runCommand, but a non-zero exit is an error that names the command. */
export async function runCommandOrThrow(command: string, args: string[], env?: NodeJS.ProcessEnv, options?: RunOptions): Promise<void> {
  const code = await runCommand(command, args, env, options)
  if (code !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` exited with code ${code}.`)
}

/**
 * Node's exit code for a process whose event loop emptied while a top-level await was still pending. tsx's
 * module loader now and then loses an `import()` so when several tsx processes start at once (1 of 8 here
 * importing the Payload config four at a time beside `payload generate:importmap`, and once in CI beside the
 * build; payloadcms/payload#17757 reports the same of Payload's CLI): the script stops silently, before or
 * between its steps.
 */
const UNSETTLED_TOP_LEVEL_AWAIT = 13

/**
 * Applies the pending migrations (scripts/migrate.ts) to the database of `env`, running the script again
 * when tsx lost an import (above), at most three times in all: each migration applied is recorded, so a
 * second run goes on where the first stopped.
 */
export async function runMigrations(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const code = await runCommand('tsx', ['scripts/migrate.ts'], env)
    if (code === 0) return
    if (code !== UNSETTLED_TOP_LEVEL_AWAIT || attempt === 3) throw new Error(`\`tsx scripts/migrate.ts\` exited with code ${code}.`)
    console.error(`\`tsx scripts/migrate.ts\` stopped with an import that never settled (exit 13, attempt ${attempt} of 3): running it again.`)
  }
}

/** Passes a termination signal on to every command still running, so that they stop first. */
export function forwardTerminationSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      isTerminating = true
      for (const child of running) child.kill(signal)
    })
  }
}

function signalNumber(signal: NodeJS.Signals): number {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal as string] ?? 1
}
