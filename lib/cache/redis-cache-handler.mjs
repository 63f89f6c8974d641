// Next's `cacheHandler` when REDIS_URL is set (see next.config.mjs). Plain JavaScript because Next imports
// it with Node, unbundled. Every instance reads and writes the same entries and tag revalidation times,
// so `revalidateTag` on one instance makes every instance render fresh data on its next request.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { sharedRedisConnection } from '../redis/connection.mjs'
import { isStorable } from './storable.mjs'

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */
/** @typedef {import('next/dist/server/response-cache').IncrementalCacheValue} IncrementalCacheValue */

// One hash slot ({portal-cache}) for every key, so the scripts below also run on a Redis Cluster.
const KEY_PREFIX = 'portal:{portal-cache}:'
const TAGS_KEY = `${KEY_PREFIX}tags`
const TAGS_HEADER = 'x-next-cache-tags'
/** Entries nobody reads are dropped after a week; a new build never reads the old build's entries. */
const MAX_ENTRY_SECONDS = 7 * 24 * 60 * 60

// Reads an entry and, in the same round trip, whether a tag of it (stored at write, or given by the
// reader) was revalidated after it was written; such an entry is deleted and reported as a miss. A miss
// returns Redis's clock, so that a render started now is dated before any revalidation that races it.
const READ_ENTRY = `
local entry = redis.call('HMGET', KEYS[1], 'value', 'tags', 'lastModified')
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
if not entry[1] then return {false, string.format('%d', now)} end
local lastModified = tonumber(entry[3])
local tags = cjson.decode(entry[2])
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
if #tags > 0 then
  for _, expiredAt in ipairs(redis.call('HMGET', KEYS[2], unpack(tags))) do
    if expiredAt and tonumber(expiredAt) > lastModified and tonumber(expiredAt) <= now then
      redis.call('DEL', KEYS[1])
      return {false, string.format('%d', now)}
    end
  end
end
return {entry[1], entry[3]}
`

// ARGV: value, tags (JSON), time-to-live in seconds, and the time the render began (0: now).
const WRITE_ENTRY = `
local lastModified = tonumber(ARGV[4])
if lastModified == 0 then
  local time = redis.call('TIME')
  lastModified = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
redis.call('HSET', KEYS[1], 'value', ARGV[1], 'tags', ARGV[2], 'lastModified', string.format('%d', lastModified))
redis.call('EXPIRE', KEYS[1], ARGV[3])
return lastModified
`

// ARGV[1]: seconds until the tags expire (0: now); the rest: the tags.
const REVALIDATE_TAGS = `
local time = redis.call('TIME')
local expiredAt = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) + tonumber(ARGV[1]) * 1000
for i = 2, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], string.format('%d', expiredAt)) end
return #ARGV - 1
`

/** @type {string | undefined} */
let buildId

/** Entries belong to one build: during a rolling deploy, old and new instances must not swap pages. */
function readBuildId(/** @type {string | undefined} */ serverDistDir) {
  if (buildId === undefined) {
    try {
      buildId = serverDistDir ? readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() : 'unknown'
    } catch {
      buildId = 'unknown'
    }
  }
  return buildId
}

/** Buffers (RSC payloads, route bodies) and Maps (per-segment payloads) survive the trip through JSON. */
function encode(/** @type {unknown} */ value) {
  return JSON.stringify(value, function (key, jsonValue) {
    const raw = this[key]
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') }
    if (raw instanceof Map) return { $map: [...raw.entries()] }
    return jsonValue
  })
}

function decode(/** @type {string} */ text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
      if (Array.isArray(value.$map)) return new Map(value.$map)
    }
    return value
  })
}

/** The tags of an entry: given with a data-cache write, in a page's or route's header otherwise. */
function tagsOf(/** @type {IncrementalCacheValue | null} */ data, /** @type {{ tags?: string[] }} */ ctx) {
  if (ctx.tags) return ctx.tags
  const header = data && 'headers' in data ? data.headers?.[TAGS_HEADER] : undefined
  return typeof header === 'string' && header ? header.split(',') : []
}

function secondsToKeep(/** @type {{ cacheControl?: { expire?: number } }} */ ctx) {
  const expire = ctx.cacheControl?.expire
  return typeof expire === 'number' && expire > 0 ? Math.min(Math.ceil(expire), MAX_ENTRY_SECONDS) : MAX_ENTRY_SECONDS
}

let lastFailureLog = 0

/** A broken Redis degrades to misses and re-renders; say so at most once a minute. */
function reportFailure(/** @type {string} */ operation, /** @type {unknown} */ error) {
  if (Date.now() - lastFailureLog < 60_000) return
  lastFailureLog = Date.now()
  console.error(`[cache] Redis ${operation} failed, serving uncached:`, error instanceof Error ? error.message : error)
}

/**
 * Next creates one handler per request; the connection is the process's shared one.
 * @implements {NextCacheHandler}
 */
export default class RedisCacheHandler {
  /** When this request's misses happened, by key: its writes are dated then (see READ_ENTRY). */
  #missedAt = new Map()
  #entryPrefix

  constructor(/** @type {CacheHandlerContext} */ context) {
    this.#entryPrefix = `${KEY_PREFIX}${readBuildId(context.serverDistDir)}:`
  }

  /** @returns {Promise<CacheHandlerValue | null>} */
  async get(/** @type {string} */ key, /** @type {{ tags?: string[]; softTags?: string[] }} */ ctx) {
    const redis = sharedRedisConnection()
    if (!redis) return null
    try {
      const readerTags = [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
      const [value, lastModified] = /** @type {[string | null, string]} */ (
        await redis.eval(READ_ENTRY, 2, this.#entryPrefix + key, TAGS_KEY, ...readerTags)
      )
      if (value === null) {
        this.#missedAt.set(key, Number(lastModified))
        return null
      }
      const { entry, cacheControl } = decode(value)
      return { value: entry, lastModified: Number(lastModified), ...(cacheControl ? { cacheControl } : {}) }
    } catch (error) {
      reportFailure('read', error)
      return null
    }
  }

  async set(/** @type {string} */ key, /** @type {IncrementalCacheValue | null} */ data, /** @type {{ tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }} */ ctx) {
    const redis = sharedRedisConnection()
    if (!redis || !isStorable(data)) return
    try {
      const renderedSince = this.#missedAt.get(key) ?? 0
      this.#missedAt.delete(key)
      const stored = encode({ entry: data, cacheControl: ctx.cacheControl })
      await redis.eval(WRITE_ENTRY, 1, this.#entryPrefix + key, stored, JSON.stringify(tagsOf(data, ctx)), secondsToKeep(ctx), renderedSince)
    } catch (error) {
      reportFailure('write', error)
    }
  }

  /** Marks the tags expired for every instance; with `expire` seconds, from then on. */
  async revalidateTag(/** @type {string | string[]} */ tags, /** @type {{ expire?: number } | undefined} */ durations) {
    await expireTagsInSharedStore(typeof tags === 'string' ? [tags] : tags, durations?.expire ?? 0)
  }

  resetRequestCache() {}
}

/**
 * Marks the tags expired in Redis, for every instance, now or in `expireSeconds`; nothing without
 * REDIS_URL. Also what lib/cache/revalidate.ts calls from a process that runs no Next server (the seed).
 * @param {string[]} tags
 * @param {number} [expireSeconds]
 */
export async function expireTagsInSharedStore(tags, expireSeconds = 0) {
  const redis = sharedRedisConnection()
  if (!redis || tags.length === 0) return
  try {
    await redis.eval(REVALIDATE_TAGS, 1, TAGS_KEY, expireSeconds, ...tags)
  } catch (error) {
    console.error('[cache] Redis revalidation failed: other instances keep serving the old content.', error)
  }
}
