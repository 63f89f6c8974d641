// A page that could not reach PostgreSQL answers 503 with Retry-After instead of 500 (or 200 with an
// apology). Plain JavaScript: server.mjs runs it with Node, unbundled, and Next's bundle of the data
// layer and of instrumentation.ts imports it too.
//
// A page cannot set its own status in the App Router, so the server decides it when the headers go
// out: it runs each request in an AsyncLocalStorage of its own, and the data layer (or Next's
// onRequestError, for a page that threw) marks the request whose database was away.
import { AsyncLocalStorage } from 'node:async_hooks'

/** Seconds a visitor or a crawler is asked to wait: the time PostgreSQL usually takes to restart. */
export const RETRY_AFTER_SECONDS = 30

// On globalThis: the server and Next's bundle each load this module once.
const STORAGE_KEY = Symbol.for('shibei-portal.databaseUnavailable')

/** @typedef {{ isDatabaseUnavailable: boolean }} RequestState */

/** @returns {AsyncLocalStorage<RequestState>} */
function requestStates() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<RequestState> | undefined>} */ (/** @type {unknown} */ (globalThis))
  holder[STORAGE_KEY] ??= new AsyncLocalStorage()
  return holder[STORAGE_KEY]
}

/** The database did not answer for the request being rendered; without server.mjs (`next dev`) nothing changes. */
export function markDatabaseUnavailable() {
  const state = requestStates().getStore()
  if (state) state.isDatabaseUnavailable = true
}

/**
 * Runs `handle` for one request; if it marked the database unavailable by the time the headers go out,
 * a 200 or a 500 goes out as 503, not to be stored, with Retry-After.
 * @param {import('node:http').ServerResponse} res
 * @param {() => Promise<void>} handle
 * @returns {Promise<void>}
 */
export function answerUnavailableWhenDatabaseIs(res, handle) {
  /** @type {RequestState} */
  const state = { isDatabaseUnavailable: false }
  const writeHead = /** @type {(...args: unknown[]) => import('node:http').ServerResponse} */ (res.writeHead.bind(res))
  res.writeHead = /** @type {import('node:http').ServerResponse['writeHead']} */ (
    (/** @type {number} */ statusCode, /** @type {unknown[]} */ ...rest) => {
      if (!state.isDatabaseUnavailable || (statusCode !== 200 && statusCode !== 500)) return writeHead(statusCode, ...rest)
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
      const unavailable = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' }
      for (const [name, value] of Object.entries(unavailable)) res.setHeader(name, value)
      return headers ? writeHead(503, { ...headers, ...unavailable }) : writeHead(503)
    }
  )
  return requestStates().run(state, handle)
}
