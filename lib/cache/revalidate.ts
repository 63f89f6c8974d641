import { expireTagsInSharedStore } from './redis-cache-handler.mjs'
import { forgetCachedResponsesEverywhere } from './responseCache.mjs'

/** What Next's server leaves on `globalThis`: the page and data cache of its latest request, whose handler is the configured one. */
type NextServerGlobals = {
  __incrementalCache?: { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> }
}

/** Set by lib/cache/file-cache-handler.mjs when it is loaded. */
const EXPIRE_FILE_CACHE_TAGS_SLOT = Symbol.for('shibei-portal.expireFileCacheTags')

/**
 * The one way a publish refreshes the portal, in a request (an edit in the admin) and outside one (the
 * scheduled-publish job, the seed) alike: every page and data entry carrying one of the tags is rendered
 * afresh on its next visit, in every locale, and the server's response cache (lib/cache/README.md) forgets
 * what it kept. With REDIS_URL both reach every instance through Redis.
 *
 * Next's `revalidateTag` works only inside a request; this calls the configured cache handler's own
 * `revalidateTag`, through the cache object Next's server keeps on `globalThis` (Next's `unstable_cache`
 * reads it outside a request too), which is what `revalidateTag` does once the request ends. Before that
 * object exists, the handler's own entry point; a process with no Next server (a script) can only reach
 * the shared store, when there is one.
 */
export async function revalidateTags(tags: string[]): Promise<void> {
  const nextCache = (globalThis as NextServerGlobals).__incrementalCache
  if (nextCache) {
    await nextCache.revalidateTag(tags, { expire: 0 })
  } else {
    // Before the server's first request (a scheduled publish at start) or in a script: the handler
    // itself, which server.mjs loaded, or the shared store, when there is one.
    const expireFileCacheTags = (globalThis as { [EXPIRE_FILE_CACHE_TAGS_SLOT]?: (tags: string[]) => Promise<void> })[EXPIRE_FILE_CACHE_TAGS_SLOT]
    await Promise.all([expireFileCacheTags?.(tags), expireTagsInSharedStore(tags)])
  }
  await forgetCachedResponsesEverywhere()
}
