import { type ChildProcess, spawn } from 'node:child_process'

const running = new Set<ChildProcess>()
let isTerminating = false

/** Runs a command with inherited output; resolves with its exit code (128 + n when killed by signal n). */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    if (isTerminating) return resolve(130)
    const child = spawn(command, args, { stdio: 'inherit', env })
    running.add(child)
    child.on('error', (error) => {
      running.delete(child)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      running.delete(child)
      resolve(code ?? (signal ? 128 + signalNumber(signal) : 1))
    })
  })
}

/** Like runCommand, but a non-zero exit is an error that names the command. */
export async function runCommandOrThrow(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const code = await runCommand(command, args, env)
  if (code !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` exited with code ${code}.`)
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
