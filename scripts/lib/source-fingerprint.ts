import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Folders whose content never changes what `next build` produces. */
const IGNORED = new Set([
  '.git', '.next', '.data', 'node_modules', '.test-results', 'test-results', 'playwright-report', 'blob-report',
  'tests', 'e2e', '.ci', 'media', '.bench',
  // Written by `next build` itself: a fresh clone has none before its first build.
  'next-env.d.ts',
])

/** A hash of every source file of the app, so an unchanged checkout can reuse its build. */
export function computeSourceFingerprint(root: string): string {
  const hash = createHash('sha256')
  for (const file of listFiles(root, root).sort()) {
    hash.update(file)
    hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

function listFiles(root: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Logs too: .ci/run writes its own in the root while npm test runs (and the build must stay reusable).
    if (IGNORED.has(entry.name) || entry.name.endsWith('.tsbuildinfo') || entry.name.endsWith('.log')) return []
    const absolute = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(root, absolute)
    return entry.isFile() ? [path.relative(root, absolute)] : []
  })
}
