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
