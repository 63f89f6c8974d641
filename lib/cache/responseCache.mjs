// The last moments' answers of cached pages, kept in memory in front of Next (server.mjs). Plain
// JavaScript: the server runs it with Node, unbundled, and Next's bundle of lib/cache/revalidate.ts
// imports it too. lib/cache/README.md places it among the portal's caches.
//
// Next serves a page from its cache at about a fifth of the rate it serves a static file: each request
// still goes through its router and render pipeline. Here the same bytes are sent again without Next,
// for half a second after Next last answered them.
//
// The search page and the support finder are kept too, though Next renders them per request: what they
// show depends on their URL alone (their data is cached, lib/data/search.ts, lib/data/supportFinder.ts),
// and a popular query is asked again and again. The bytes are sent with Next's own `Cache-Control:
// private, no-store`, so browsers and shared caches still do not keep them.
//
// While Next renders a kept page afresh, the requests for it that arrive meanwhile get the kept bytes
// (for at most two seconds): otherwise every connection would queue behind a render at once, every half
// second, which under load is most of the slow answers.
//
// A publish forgets them at once on every instance: on the one that publishes directly, on the others
// through a Redis channel when there is REDIS_URL (without it, instances share no cache anyway). None is
// kept for a moment after, while Next finishes expiring its tags. Should the message be lost, half a
// second still bounds how stale an instance can be.

import { LOCALE_CODES } from '../i18n/localeList.mjs'
import { sharedRedisConnection } from '../redis/connection.mjs'

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {{ headers: import('node:http').OutgoingHttpHeaders; body: Buffer; storedAt: number }} StoredResponse */
/** @typedef {{ entries: Map<string, StoredResponse>; refreshing: Set<string>; forgottenAt: number }} CacheState */

const FRESH_FOR_MS = 500
const SENT_WHILE_REFRESHING_MS = 2_000
const PAUSE_AFTER_FORGET_MS = 1_000
const MAX_ENTRIES = 500

// On globalThis: the server and Next's bundle of the revalidation code each load this module once.
const STATE_KEY = Symbol.for('shibei-portal.responseCache')

/** @returns {CacheState} */
function cacheState() {
  const holder = /** @type {Record<symbol, CacheState | undefined>} */ (/** @type {unknown} */ (globalThis))
  holder[STATE_KEY] ??= { entries: new Map(), refreshing: new Set(), forgottenAt: 0 }
  return holder[STATE_KEY]
}

/** Drops every answer this instance keeps. */
function forgetCachedResponses() {
  const state = cacheState()
  state.entries.clear()
  state.refreshing.clear()
  state.forgottenAt = Date.now()
}

// One hash slot with the cache handler's keys (lib/cache/redis-cache-handler.mjs).
const FORGET_CHANNEL = 'portal:{portal-cache}:forget-responses'

/** Drops every kept answer, here and on every other instance: staff published something (lib/cache/revalidate.ts). */
export async function forgetCachedResponsesEverywhere() {
  forgetCachedResponses()
  const redis = sharedRedisConnection()
  if (!redis) return
  try {
    await redis.publish(FORGET_CHANNEL, '')
  } catch (error) {
    console.error('[cache] Redis publish failed: other instances send their kept pages for up to half a second more.', error)
  }
}

/** With REDIS_URL, this instance forgets its kept answers whenever any instance publishes (server.mjs calls it once). */
export function forgetCachedResponsesOnAnyPublish() {
  const redis = sharedRedisConnection()
  if (!redis) return
  // A subscribed connection can do nothing else, hence one of its own.
  const subscriber = redis.duplicate()
  // The shared connection already reports an outage. Subscribing again on each (re)connection also
  // covers a Redis that was away when the server started; a second subscription changes nothing.
  subscriber.on('error', () => {})
  subscriber.on('ready', () => subscriber.subscribe(FORGET_CHANNEL).catch(() => {}))
  subscriber.on('message', () => forgetCachedResponses())
}

const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']
const PREVIEW_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/

/**
 * The key of a request that may be answered from here: a plain GET of a page, by the URL and the
 * encodings it accepts (Next compresses for those). Null for Next's own navigation requests (they ask
 * for the flight data, not the page), previews, files, the API and the admin.
 * @param {IncomingMessage} req
 */
function cacheKeyOf(req) {
  const url = req.url ?? ''
  if (req.method !== 'GET' || /^\/(?:_next|api|admin)(?:\/|$)/.test(url) || url.includes('_rsc=')) return null
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined) || PREVIEW_COOKIE.test(req.headers.cookie ?? '')) return null
  return `${req.headers['accept-encoding'] ?? ''}\n${url}`
}

/** The search page and the support finder, in any locale and with any query: rendered per request, the same for every visitor. */
const SHARED_PER_REQUEST_PAGE = new RegExp(`^/(?:${LOCALE_CODES.join('|')})/(?:search|support-finder)(?:\\?|$)`)

/**
 * Next's answer from its page cache (an ISR page, HIT or just rendered), or the search page's; nothing
 * personal either way.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
function isKeepable(req, res) {
  if (res.statusCode !== 200 || res.hasHeader('set-cookie')) return false
  if (SHARED_PER_REQUEST_PAGE.test(req.url ?? '')) return true
  const cacheStatus = res.getHeader('x-nextjs-cache')
  const cacheControl = String(res.getHeader('cache-control') ?? '')
  return (cacheStatus === 'HIT' || cacheStatus === 'MISS') && !/private|no-store|no-cache/.test(cacheControl)
}

const UNKEPT_HEADERS = ['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']

/**
 * @param {string} key
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {Buffer[]} chunks
 */
function keep(key, req, res, chunks) {
  const state = cacheState()
  const now = Date.now()
  // Asked again at the end: the status may have changed as the headers went out (a 503 when the database was away).
  if (!isKeepable(req, res) || now - state.forgottenAt < PAUSE_AFTER_FORGET_MS) return
  const headers = { ...res.getHeaders() }
  for (const name of UNKEPT_HEADERS) delete headers[name]
  if (headers['x-nextjs-cache']) headers['x-nextjs-cache'] = 'HIT'
  const oldest = state.entries.keys().next()
  if (state.entries.size >= MAX_ENTRIES && !oldest.done) state.entries.delete(oldest.value)
  state.entries.delete(key)
  state.entries.set(key, { headers, body: Buffer.concat(chunks), storedAt: now })
}

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 */
function asBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
  return Buffer.from(/** @type {Uint8Array} */ (chunk))
}

/**
 * Answers from the kept bytes when they are fresh; otherwise lets Next answer and keeps what it sent
 * (after its compression: the bytes as they went out).
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {() => Promise<void>} handle Next's request handler for this request
 * @returns {Promise<void>}
 */
export async function serveThroughResponseCache(req, res, handle) {
  const key = cacheKeyOf(req)
  if (!key) return handle()
  const state = cacheState()
  const kept = state.entries.get(key)
  const age = kept ? Date.now() - kept.storedAt : Infinity
  if (kept && (age < FRESH_FOR_MS || (age < SENT_WHILE_REFRESHING_MS && state.refreshing.has(key)))) {
    res.writeHead(200, { ...kept.headers, 'content-length': kept.body.length })
    res.end(kept.body)
    return
  }
  // This request renders the page afresh; until it is answered, the others get what is kept.
  if (kept) {
    state.refreshing.add(key)
    res.once('close', () => state.refreshing.delete(key))
  }
  /** @type {Buffer[]} */
  const chunks = []
  // Decided when the first bytes go out, once Next has set its headers: a page rendered per request
  // (a typed filter, a form) is then passed through without copying its bytes.
  /** @type {boolean | undefined} */
  let isCollecting
  const collects = () => (isCollecting ??= isKeepable(req, res))
  const write = /** @type {(...args: unknown[]) => boolean} */ (res.write.bind(res))
  const end = /** @type {(...args: unknown[]) => ServerResponse} */ (res.end.bind(res))
  res.write = /** @type {ServerResponse['write']} */ (
    (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) => {
      if (collects()) chunks.push(asBuffer(chunk, rest[0]))
      return write(chunk, ...rest)
    }
  )
  res.end = /** @type {ServerResponse['end']} */ (
    (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) => {
      if (collects()) {
        if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(asBuffer(chunk, rest[0]))
        keep(key, req, res, chunks)
      }
      return end(chunk, ...rest)
    }
  )
  return handle()
}
