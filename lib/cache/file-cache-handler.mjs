// Next's `cacheHandler` without REDIS_URL (see next.config.mjs): Next's own file-system cache, which
// keeps only what `isStorable` allows. Plain JavaScript: Next imports it with Node, and bundles it for the proxy.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { isStorable } from './storable.mjs'

// Node hands over the CommonJS module (the class on `.default`); the bundled proxy hands over the class.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

export default class PortalFileCache extends FileSystemCache {
  async set(/** @type {string} */ key, /** @type {{ kind?: string; status?: number } | null} */ data, /** @type {unknown} */ ctx) {
    if (!isStorable(data)) return
    return super.set(key, data, ctx)
  }
}

/**
 * Expires tags in this cache before Next's server has made its cache object, which it does at its first
 * request: Payload's job runner starts with the server (instrumentation.ts), so a scheduled publish can
 * come first. The expiry times live in Next's module, shared by every handler object, so a new one
 * will do. lib/cache/revalidate.ts finds it here; server.mjs loads this module at start.
 */
const EXPIRE_TAGS_SLOT = Symbol.for('shibei-portal.expireFileCacheTags')
;/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[EXPIRE_TAGS_SLOT] = (/** @type {string[]} */ tags) =>
  new PortalFileCache({}).revalidateTag(tags, { expire: 0 })
