// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis.
import 'next/dist/server/node-environment-baseline'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type CacheHandler, IncrementalCache } from 'next/dist/server/lib/incremental-cache'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'

import PortalFileCache from '@/lib/cache/file-cache-handler.mjs'

type NextServerGlobals = { __incrementalCache?: IncrementalCache }

/**
 * Next's page and data cache as the production server sets it up (next.config.mjs's handler without
 * REDIS_URL), left on `globalThis` where Next's server leaves it; `unstable_cache` reads it there outside
 * a request. Returns what removes it again.
 */
export function installNextCache(): { cache: IncrementalCache; uninstall: () => void } {
  const serverDistDir = mkdtempSync(path.join(tmpdir(), 'portal-next-cache-'))
  const cache = new IncrementalCache({
    fs: nodeFs,
    dev: false,
    requestHeaders: {},
    minimalMode: false,
    serverDistDir,
    flushToDisk: false,
    maxMemoryCacheSize: 10_000_000,
    previewProps: { previewModeId: 'test', previewModeEncryptionKey: 'test', previewModeSigningKey: 'test' },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'test', previewModeEncryptionKey: 'test', previewModeSigningKey: 'test' } },
    // Next's own file-system cache under it, which the JavaScript module's types do not show.
    CurCacheHandler: PortalFileCache as unknown as typeof CacheHandler,
  })
  ;(globalThis as NextServerGlobals).__incrementalCache = cache
  return {
    cache,
    uninstall: () => {
      delete (globalThis as NextServerGlobals).__incrementalCache
      rmSync(serverDistDir, { recursive: true, force: true })
    },
  }
}
