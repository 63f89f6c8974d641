/**
 * The framework's floor: the first-load JavaScript of an empty Next app (app/layout.tsx and app/page.tsx,
 * nothing else) of the installed `next` version, measured as the portal's pages are (first-load-js.ts).
 * Built once per version in the system's temporary folder (next-floor-<version>), with this project's
 * node_modules linked in (no network), and reused while the version stays. Not under node_modules:
 * Turbopack does not compile an app's own files there.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { runCommandOrThrow } from '../lib/processes'
import { measureRouteFirstLoadJs, type RouteScripts } from './first-load-js'

const require = createRequire(import.meta.url)

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'next-floor', private: true }, null, 2)}\n`,
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `export default function Page() {
  return <h1>Hello</h1>
}
`,
}

/** Marks a finished build: a folder without it (a build stopped half-way) is built again from nothing. */
const DONE_FILE = 'floor-built'

/** The empty app, built once per version: its folder, to measure or to start. */
export function buildNextFloor(root = process.cwd()): Promise<{ dir: string; nextVersion: string }> {
  return buildNextAppOnce('next-floor', FILES, 'for the first-load JavaScript floor', root)
}

export async function measureNextFloor(root = process.cwd()): Promise<RouteScripts & { nextVersion: string }> {
  const { dir, nextVersion } = await buildNextFloor(root)
  const distDir = path.join(dir, '.next')
  return { ...measureRouteFirstLoadJs(distDir, path.join(distDir, 'server', 'app', 'page_client-reference-manifest.js'), '/'), nextVersion }
}

/**
 * A Next app of these files built with the installed `next` version, once per version, in the system's
 * temporary folder (`{name}-{version}`), this project's node_modules linked in (no network). Returns its folder.
 */
export async function buildNextAppOnce(
  name: string,
  files: Record<string, string>,
  purpose: string,
  root = process.cwd(),
): Promise<{ dir: string; nextVersion: string }> {
  const nextVersion = (require(path.join(root, 'node_modules', 'next', 'package.json')) as { version: string }).version
  const dir = path.join(tmpdir(), `${name}-${nextVersion}`)
  if (!existsSync(path.join(dir, DONE_FILE))) {
    console.log(`Building an empty Next ${nextVersion} app ${purpose}, once for this version (${dir}).`)
    rmSync(dir, { recursive: true, force: true })
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    }
    // Turbopack reads no file outside its root, and the linked node_modules is elsewhere: the root is the
    // folder both are in. No other setting: the floor is Next's defaults.
    writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(commonAncestor(dir, root))} } }\n`)
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    await runCommandOrThrow(process.execPath, [nextBinary(root), 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, { cwd: dir })
    writeFileSync(path.join(dir, DONE_FILE), `${nextVersion}\n`)
  }
  return { dir, nextVersion }
}

/** The installed `next` command, run with this Node. */
export function nextBinary(root = process.cwd()): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
}

function commonAncestor(a: string, b: string): string {
  const [partsA, partsB] = [path.resolve(a).split(path.sep), path.resolve(b).split(path.sep)]
  let shared = 0
  while (shared < partsA.length && shared < partsB.length && partsA[shared] === partsB[shared]) shared += 1
  return partsA.slice(0, shared).join(path.sep) || path.sep
}
