import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

export type RouteScripts = { route: string; files: number; gzipBytes: number }

/**
 * The pages that hold a form, allowed more JavaScript than a content page: the enquiry form, the
 * investor's and the partner's pages (replies, sign-in, passwords), the support finder, alerts. Every
 * other portal page is a content page.
 */
const FORM_ROUTES = [/\/enquire$/, /\/enquiries\//, /\/partner(\/|$)/, /\/support-finder$/, /\/alerts(\/|$)/]

export const isFormRoute = (route: string) => FORM_ROUTES.some((pattern) => pattern.test(route))

/**
 * Entries of the manifest whose scripts no page of the route loads: Next renders app/global-not-found in
 * place of a route it has no page for, never inside a page (app-render.js, createNotFoundLoaderTree), so its
 * chunk is not among a page's scripts (checked against the HTML of /en/about: the other entries' chunks
 * and the root files are exactly its <script src>, the polyfills aside).
 */
const NOT_IN_PAGES = /\/global-not-found$/

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> }

const PORTAL_APP_DIR = path.join('server', 'app', '(frontend)', '[locale]')
const MANIFEST_FILE = 'page_client-reference-manifest.js'

/**
 * The JavaScript a first visit to each public page type downloads, gzipped, read from the production
 * build: the framework's root chunks (build-manifest.json's rootMainFiles) plus every chunk the route's
 * client reference manifest lists for its layouts, boundaries and page (but global-not-found's). The
 * legacy polyfills are left out: modern browsers skip them (`nomodule`).
 */
export function measureFirstLoadJs(distDir = '.next'): RouteScripts[] {
  const appDir = path.join(distDir, PORTAL_APP_DIR)
  return findManifests(appDir).map((manifestPath) =>
    measureRouteFirstLoadJs(distDir, manifestPath, `/[locale]${path.dirname(path.relative(appDir, manifestPath)).replace(/^\.$/, '').replace(/^/, '/')}`.replace(/\/$/, '')),
  )
}

/** One route's first-load JavaScript, from its client reference manifest (server/app/…/page_client-reference-manifest.js). */
export function measureRouteFirstLoadJs(distDir: string, manifestPath: string, route: string): RouteScripts {
  const { rootMainFiles } = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const files = new Set(rootMainFiles)
  for (const manifest of readManifests(manifestPath)) {
    for (const [entry, chunks] of Object.entries(manifest.entryJSFiles ?? {})) {
      if (!NOT_IN_PAGES.test(entry)) for (const chunk of chunks) files.add(chunk)
    }
  }
  const existing = [...files].filter((file) => existsSync(path.join(distDir, file)))
  return { route, files: existing.length, gzipBytes: existing.reduce((sum, file) => sum + gzippedSize(path.join(distDir, file)), 0) }
}

const gzipped = new Map<string, number>()
function gzippedSize(file: string): number {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length)
  return gzipped.get(file) ?? 0
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
