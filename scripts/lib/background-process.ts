import { type ChildProcess, spawn } from 'node:child_process'

export type BackgroundProcess = {
  child: ChildProcess
  /** Resolves once the output matched; rejects if the process exits first (with its output). */
  waitFor: (pattern: RegExp) => Promise<void>
  /** SIGTERM to its process group (the server may run in a child process), SIGKILL after 10 s. */
  stop: () => Promise<void>
  /** The last 20,000 characters it printed, to explain a failure. */
  output: () => string
}

const KEPT_OUTPUT_CHARS = 20_000

/** A long-running helper (a server) in its own process group, its output kept for when it fails. */
export function spawnBackground(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): BackgroundProcess {
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let isStopping = false
  const listeners = new Set<() => void>()
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS)
    for (const listener of listeners) listener()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  child.once('exit', (code) => {
    if (code && !isStopping) console.error(`[${name}] exited with code ${code}:\n${output}`)
  })
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) resolve()
        else if (child.exitCode !== null) reject(new Error(`${name} exited (${child.exitCode}):\n${output}`))
      }
      listeners.add(check)
      child.once('exit', check)
      check()
    })
  const stop = () => {
    isStopping = true
    return stopGroup(child)
  }
  return { child, waitFor, stop, output: () => output }
}

/** Waits until the server answers its health check with 200. */
export async function waitForHealthy(baseURL: string, server: BackgroundProcess, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`The server for ${baseURL} exited with code ${server.child.exitCode}.`)
    const healthy = await fetch(`${baseURL}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${baseURL} did not answer /api/health within ${timeoutMs / 1000} s.`)
}

function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid
  if (child.exitCode !== null || child.signalCode !== null || !pid) return Promise.resolve()
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(forceKill)
      resolve()
    })
    signalGroup(pid, 'SIGTERM')
  })
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group has already gone.
  }
}
