import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** startedAt only orders processes: clock ticks since boot from /proc, the pid elsewhere. */
export type ProcessInfo = { pid: number; ppid: number; command: string; startedAt: number }

/** Every process of the machine with its parent and command line: from /proc on Linux, from `ps` elsewhere. */
export function listProcesses(): ProcessInfo[] {
  if (existsSync('/proc/self/stat')) return listFromProc()
  const output = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,command='], { encoding: 'utf8' })
  return output
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), command: match[3], startedAt: Number(match[1]) }))
}

function listFromProc(): ProcessInfo[] {
  const processes: ProcessInfo[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name in field 2 is in parentheses and may itself hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The fields after it: state (3), ppid (4), … starttime (22).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim()
      processes.push({ pid: Number(entry), ppid: Number(fields[1]), command, startedAt: Number(fields[19]) })
    } catch {
      // It ended while we looked.
    }
  }
  return processes
}

/** The processes started by `pid`, its children's children and so on (not `pid` itself). */
export function descendantsOf(pid: number, processes: ProcessInfo[] = listProcesses()): ProcessInfo[] {
  const found: ProcessInfo[] = []
  const parents = [pid]
  while (parents.length > 0) {
    const parent = parents.pop()!
    for (const child of processes.filter((process) => process.ppid === parent)) {
      found.push(child)
      parents.push(child.pid)
    }
  }
  return found
}

/**
 * Sends `signal` to `pid` and to every process below it, and returns their pids. The tree is read before
 * the first signal, so that a grandchild whose parent dies first is not missed.
 */
export function killProcessTree(pid: number, signal: NodeJS.Signals = 'SIGKILL'): number[] {
  const tree = [pid, ...descendantsOf(pid).map((child) => child.pid)]
  for (const member of tree) signalQuietly(member, signal)
  return tree
}

export function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}
