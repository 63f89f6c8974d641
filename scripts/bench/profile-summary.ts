/**
 * `tsx scripts/bench/profile-summary.ts [file.cpuprofile]`: where a profiled server spent its CPU (the
 * newest profile in .bench/profiles by default, written by `npm run bench -- --cpu-prof`): the functions
 * with the most self time, and the packages and portal folders they belong to; `--last 15` counts only
 * the last 15 seconds (the load, not the server's start).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const TOP = 30

function newestProfile(): string {
  const dir = path.join('.bench', 'profiles')
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))
  if (files.length === 0) throw new Error(`No .cpuprofile in ${dir}: run the bench with --cpu-prof first.`)
  return path.join(dir, files.sort((a, b) => statSync(path.join(dir, b)).mtimeMs - statSync(path.join(dir, a)).mtimeMs)[0])
}

/** The package a script belongs to (`next`, `react-dom`), the portal's own folder, or Node's. */
function ownerOf(url: string): string {
  if (!url) return '(native / garbage collection / idle)'
  const packagePath = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (packagePath) return packagePath[1]
  if (url.startsWith('node:')) return 'node'
  const chunk = url.match(/\.next\/server\/(.*)$/)
  if (chunk) return `.next/server (${chunk[1].split('/')[0]})`
  return url.replace(/^file:\/\/[^ ]*?\/(?=[^/]+\/[^/]+$)/, '')
}

/** Only the samples of the profile's last `lastSeconds` (the load, without the server's start), when given. */
function summarise(file: string, lastSeconds: number | null): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map<number, number>()
  const from = lastSeconds === null ? -Infinity : profile.endTime - lastSeconds * 1_000_000
  let at = profile.startTime
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0
    if (at >= from) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
  })
  const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0)
  const functions = new Map<string, number>()
  const owners = new Map<string, number>()
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame
    const name = `${functionName || '(anonymous)'}  ${url ? `${ownerOf(url)}:${lineNumber + 1}` : ''}`
    functions.set(name, (functions.get(name) ?? 0) + ms)
    owners.set(ownerOf(url), (owners.get(ownerOf(url)) ?? 0) + ms)
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, ms]) => ({ '% self': ((100 * ms) / total).toFixed(1), 'ms': Math.round(ms), name }))
  console.log(`${file}: ${(total / 1000).toFixed(1)} s of samples`)
  console.table(rows(owners))
  console.table(rows(functions))
}

const lastArgument = process.argv.indexOf('--last')
const lastSeconds = lastArgument === -1 ? null : Number(process.argv[lastArgument + 1])
const file = process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--last')
summarise(file ?? newestProfile(), lastSeconds)
