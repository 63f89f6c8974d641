import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

export type RouteScripts = { route: string; files: number; gzipBytes: number }

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> }

const PORTAL_APP_DIR = path.join('server', 'app', '(frontend)', '[locale]')
const MANIFEST_FILE = 'page_client-reference-manifest.js'

/**
 * The JavaScript a first visit to each public page type downloads, gzipped, read from the production
 * build: the framework's root chunks (build-manifest.json's rootMainFiles) plus every chunk the route's
 * client reference manifest lists for its layouts, boundaries and page. The legacy polyfills are left
 * out: modern browsers skip them (`nomodule`).
 */
export function measureFirstLoadJs(distDir = '.next'): RouteScripts[] {
  const { rootMainFiles } = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const gzipped = new Map<string, number>()
  const sizeOf = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(distDir, file))).length)
    return gzipped.get(file) ?? 0
  }
  return findManifests(path.join(distDir, PORTAL_APP_DIR)).map((manifestPath) => {
    const route = `/[locale]${path.dirname(path.relative(path.join(distDir, PORTAL_APP_DIR), manifestPath)).replace(/^\.$/, '').replace(/^/, '/')}`.replace(/\/$/, '')
    const files = new Set(rootMainFiles)
    for (const manifest of readManifests(manifestPath)) {
      for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of chunks) files.add(chunk)
    }
    const existing = [...files].filter((file) => existsSync(path.join(distDir, file)))
    return { route, files: existing.length, gzipBytes: existing.reduce((sum, file) => sum + sizeOf(file), 0) }
  })
}

function findManifests(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const absolute = path.join(dir, entry.name)
    if (entry.isDirectory()) return findManifests(absolute)
    return entry.name === MANIFEST_FILE ? [absolute] : []
  })
}

/** The manifest is a script that assigns to `globalThis.__RSC_MANIFEST`; run it in a sandbox to read it. */
function readManifests(file: string): ClientReferenceManifest[] {
  const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {}
  sandbox.globalThis = sandbox
  sandbox.self = sandbox
  runInNewContext(readFileSync(file, 'utf8'), sandbox)
  return Object.values(sandbox.__RSC_MANIFEST ?? {})
}
