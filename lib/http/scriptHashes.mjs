// The portal's Content-Security-Policy names each inline script of a page by its SHA-256, so that no
// 'unsafe-inline' is needed (lib/http/securityHeaders.mjs says why hashes and not nonces). A page's HTML is
// held until it is complete (the portal's pages are small), its inline scripts are hashed as they are sent,
// and the policy leaves with the headers, which wait for the body. The response cache
// (lib/cache/responseCache.mjs) keeps that header with the bytes, so a page it answers again costs nothing
// more. Plain JavaScript: the server runs it with Node, unbundled.

import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * More than any page of the portal (a list page is about 40 KB compressed, 300 KB not). Past it the page
 * leaves with the policy it has (scripts from 'self' only, none inline) rather than be held in memory.
 */
export const MAX_HELD_BYTES = 4 * 1024 * 1024

/** The types of a script element that runs (anything else, like application/ld+json, is data). */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module'])
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi
const SRC_ATTRIBUTE = /\ssrc\s*=/i
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i

/**
 * The CSP sources ('sha256-…') of the inline scripts of an HTML document, each once.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const sources = new Set()
  for (const [, attributes, content] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue
    const type = TYPE_ATTRIBUTE.exec(attributes)
    if (type && !SCRIPT_TYPES.has((type[1] ?? type[2] ?? type[3] ?? '').trim().toLowerCase())) continue
    sources.add(`'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`)
  }
  return [...sources]
}

/**
 * The body as the browser reads it, whatever Next compressed it with; null when it cannot be read.
 * @param {Buffer} body
 * @param {unknown} encoding the Content-Encoding header
 */
function decoded(body, encoding) {
  try {
    switch (String(encoding ?? '').trim().toLowerCase()) {
      case '':
      case 'identity':
        return body
      case 'gzip':
        return gunzipSync(body)
      case 'deflate':
        return inflateSync(body)
      case 'br':
        return brotliDecompressSync(body)
      default:
        return null
    }
  } catch {
    return null
  }
}

/**
 * A policy with the given sources added to its `script-src`.
 * @param {string} policy
 * @param {string[]} sources
 */
export function withScriptSources(policy, sources) {
  if (sources.length === 0) return policy
  return policy
    .split(';')
    .map((directive) => (/^\s*script-src\s/i.test(directive) ? `${directive} ${sources.join(' ')}` : directive))
    .join(';')
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
 * Holds an HTML answer until it ends, then sends it whole with its inline scripts' hashes added to the
 * Content-Security-Policy already set on `res`. Any other answer passes through untouched. Installed
 * after the response cache's own hooks (server.mjs), so that it sees the bytes first and the cache keeps
 * the final header; Next's compression sits in front of both.
 * @param {ServerResponse} res
 */
export function holdHtmlForScriptHashes(res) {
  const writeHead = /** @type {(...args: unknown[]) => ServerResponse} */ (res.writeHead.bind(res))
  const flushHeaders = res.flushHeaders.bind(res)
  const write = /** @type {(...args: unknown[]) => boolean} */ (res.write.bind(res))
  const end = /** @type {(...args: unknown[]) => ServerResponse} */ (res.end.bind(res))
  /** @type {'undecided' | 'holding' | 'passing'} */
  let mode = 'undecided'
  /** @type {unknown[] | null} the last writeHead call, replayed once the policy is known */
  let heldWriteHead = null
  /** @type {Buffer[]} */
  const held = []
  let heldBytes = 0

  /** @param {unknown[]} [writeHeadArgs] */
  const decide = (writeHeadArgs = []) => {
    if (mode !== 'undecided') return
    const headers = /** @type {Record<string, unknown> | undefined} */ (writeHeadArgs.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)))
    const type = res.getHeader('content-type') ?? Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1]
    mode = /^\s*text\/html\b/i.test(String(type ?? '')) ? 'holding' : 'passing'
  }
  /**
   * Sends the headers as they are now and lets everything after pass. The hooks stay in place: Next's
   * compression has wrapped them since, and goes through them.
   */
  const release = () => {
    mode = 'passing'
    if (heldWriteHead) writeHead(...heldWriteHead)
  }

  res.writeHead = /** @type {ServerResponse['writeHead']} */ (
    (/** @type {unknown[]} */ ...args) => {
      decide(args)
      if (mode === 'passing') return writeHead(...args)
      heldWriteHead = args
      return res
    }
  )
  res.flushHeaders = () => {
    decide()
    if (mode === 'passing') flushHeaders()
  }
  res.write = /** @type {ServerResponse['write']} */ (
    (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) => {
      decide()
      if (mode === 'passing') return write(chunk, ...rest)
      const buffer = asBuffer(chunk, rest[0])
      held.push(buffer)
      heldBytes += buffer.length
      const callback = rest.find((arg) => typeof arg === 'function')
      if (callback) process.nextTick(/** @type {() => void} */ (callback))
      if (heldBytes > MAX_HELD_BYTES) {
        console.warn(`[csp] An HTML answer passed ${MAX_HELD_BYTES} bytes: sent without its inline scripts allowed.`)
        release()
        return write(Buffer.concat(held.splice(0)))
      }
      return true
    }
  )
  res.end = /** @type {ServerResponse['end']} */ (
    (/** @type {unknown[]} */ ...args) => {
      decide()
      if (mode === 'passing') return end(...args)
      const callback = args.find((arg) => typeof arg === 'function')
      const chunk = typeof args[0] === 'function' ? undefined : args[0]
      if (chunk !== undefined && chunk !== null) held.push(asBuffer(chunk, typeof args[1] === 'string' ? args[1] : undefined))
      const body = Buffer.concat(held)
      const html = decoded(body, res.getHeader('content-encoding'))
      const policy = res.getHeader('content-security-policy')
      if (html && typeof policy === 'string') res.setHeader('content-security-policy', withScriptSources(policy, inlineScriptHashes(html.toString('utf8'))))
      const status = typeof heldWriteHead?.[0] === 'number' ? heldWriteHead[0] : res.statusCode
      if (status !== 204 && status !== 304 && res.req?.method !== 'HEAD') res.setHeader('content-length', body.length)
      release()
      return callback ? end(body, /** @type {() => void} */ (callback)) : end(body)
    }
  )
}
