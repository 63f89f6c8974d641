// Requests the production server (server.mjs) answers itself, before Next: ones Next would answer 500
// or read in full before refusing. Plain JavaScript, like server.mjs.
import { readdirSync, readFileSync } from 'node:fs'

/**
 * Bytes a POST to a portal page (a form's server action) may carry. The largest is the enquiry form at
 * its limits, about 36 KB with its earlier state echoed back after a refusal; Next's own limit is 1 MB,
 * and it answers a larger body 500. The admin's server functions (`/admin`) and the API keep theirs.
 */
export const PAGE_POST_MAX_BYTES = 128 * 1024

const MESSAGES_DIR = new URL('../../messages/', import.meta.url)
/** The portal's default locale (DEFAULT_LOCALE in lib/i18n/locales.ts), for a request that names none of ours. */
const FALLBACK_LOCALE = 'zh'

/** `badRequest` messages of every language that has a messages file. */
const MESSAGES = Object.fromEntries(
  readdirSync(MESSAGES_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(file, MESSAGES_DIR), 'utf8')).badRequest]),
)

/** The page's language (`/ja/…`), else Accept-Language's first of ours, else the default. */
function messagesFor(/** @type {import('node:http').IncomingMessage} */ req, /** @type {string} */ pathname) {
  const accepted = (req.headers['accept-language'] ?? '').split(',').map((entry) => entry.split(';')[0].trim().split('-')[0].toLowerCase())
  const locale = [pathname.split('/')[1], ...accepted].find((code) => code && Object.hasOwn(MESSAGES, code)) ?? FALLBACK_LOCALE
  return MESSAGES[locale]
}

function isDecodable(/** @type {string} */ pathname) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * Answers a request no route can serve and returns true; returns false for every other request.
 * - A path that is not percent-encoded UTF-8 (`/en/industries/%ff`): 400. Next fails to decode it into
 *   its route parameters and answers 500.
 * - A POST to a page with a body larger than any form there sends: 413, its body never parsed (thrown
 *   away up to DISCARDED_BODY_MAX_BYTES, so that the browser reads the reason; the connection is closed
 *   beyond). Without a declared length (chunked), which no browser sends for a form: 411.
 */
export function refuseUnservableRequest(
  /** @type {import('node:http').IncomingMessage} */ req,
  /** @type {import('node:http').ServerResponse} */ res,
) {
  const pathname = (req.url ?? '/').split('?')[0]
  if (!isDecodable(pathname)) return refuse(res, 400, messagesFor(req, '/').malformedQuery)
  if (req.method !== 'POST' || pathname.startsWith('/api/') || pathname.startsWith('/admin')) return false
  const declaredLength = req.headers['content-length']
  if (declaredLength === undefined && req.headers['transfer-encoding']) return refuse(res, 411, messagesFor(req, pathname).lengthRequired)
  if (Number(declaredLength) > PAGE_POST_MAX_BYTES) {
    // A body a browser could still be sending (a pasted document, a few megabytes) is let through to the
    // bin, unparsed, so that the visitor's browser reads the answer: a connection closed while it uploads
    // reaches it as a reset, not as the reason. Anything larger is cut off.
    return refuse(res, 413, messagesFor(req, pathname).tooLarge, Number(declaredLength) > DISCARDED_BODY_MAX_BYTES)
  }
  return false
}

/** The largest refused body read to its end (and thrown away) rather than cut off. */
export const DISCARDED_BODY_MAX_BYTES = 8 * 1024 * 1024

function refuse(
  /** @type {import('node:http').ServerResponse} */ res,
  /** @type {number} */ status,
  /** @type {string} */ message,
  closeConnection = true,
) {
  // Closing the connection spares reading the body only to discard it; Node discards what is left otherwise.
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(closeConnection ? { Connection: 'close' } : {}) })
  res.end(message)
  return true
}
