// The security headers of every answer of the production server (server.mjs): the portal's pages, the
// admin, the API and the files. Set before Next answers, so that the response cache (lib/cache/responseCache.mjs)
// keeps them with a page's bytes and sends them again unchanged. Helmet writes and checks the headers;
// this file only says which policy each face gets. Plain JavaScript: the server runs it with Node, unbundled.
//
// The portal's scripts come from its own origin, plus the inline scripts Next writes into each page (the
// React flight data), each named by its SHA-256: no 'unsafe-inline', no eval. Hashes, not nonces: the
// pages are cached (ISR) and sent again byte for byte, so a per-request nonce would never match them, and
// Next renders a cached page without a request to read a nonce from. So the server holds each portal page
// until it is complete (they are small), hashes its inline scripts as sent, and sends the policy with them
// (lib/http/scriptHashes.mjs); the response cache keeps that header with the bytes, so a page answered
// again from it costs nothing more. What the hashes cannot tell apart is a script element written into
// the server's HTML itself: escaping keeps that out (React escapes text, and the one raw sink, JSON-LD,
// escapes `<`). A script added to the page afterwards, from the DOM or another origin, is refused, and so
// are inline event-handler attributes (`onerror=` is what injected markup uses), `javascript:` URLs,
// plugins, <base> and form posting elsewhere. Styles keep 'unsafe-inline': React and next/image write
// style attributes, which CSP can allow only all at once, and a style cannot run code.

import helmet from 'helmet'

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {'portal' | 'admin' | 'api' | 'upload'} Face */

const SELF = "'self'"
const NONE = "'none'"
const UNSAFE_INLINE = "'unsafe-inline'"

/** Browser features no page of ours uses: a script that got in cannot ask for them either. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ')

/** A year, as the browsers' preload rules ask. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60

/**
 * The CSP directives of each face. The admin frames the portal for its live preview, so the portal may be
 * framed by its own origin; nothing else frames anything of ours.
 * @param {boolean} isHttps
 * @returns {Record<Face, Record<string, string[] | symbol>>}
 */
function directivesByFace(isHttps) {
  const common = {
    'object-src': [NONE],
    'base-uri': [SELF],
    'form-action': [SELF],
    'frame-ancestors': [SELF],
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return {
    portal: {
      'default-src': [SELF],
      // The page's inline scripts are added by their hashes when it leaves (lib/http/scriptHashes.mjs).
      'script-src': [SELF],
      'script-src-attr': [NONE],
      // next/image and the charts set style attributes.
      'style-src': [SELF, UNSAFE_INLINE],
      // next/image's blurred placeholders are data: URLs.
      'img-src': [SELF, 'data:'],
      'font-src': [SELF],
      'connect-src': [SELF],
      'frame-src': [NONE],
      ...common,
    },
    // What Payload's admin needs: its own inline scripts and styles, previews of uploads as blob: URLs,
    // the live preview (the portal in a frame), fonts inlined by its stylesheet. Images from this host
    // only: staff avatars are drawn here, not fetched from Gravatar (payload.config.ts: admin.avatar).
    admin: {
      'default-src': [SELF],
      'script-src': [SELF, UNSAFE_INLINE],
      'style-src': [SELF, UNSAFE_INLINE],
      'img-src': [SELF, 'data:', 'blob:'],
      'media-src': [SELF, 'blob:'],
      'font-src': [SELF, 'data:'],
      'connect-src': [SELF],
      'frame-src': [SELF],
      'worker-src': [SELF, 'blob:'],
      ...common,
    },
    // JSON: nothing in it may run or load anything.
    api: {
      'default-src': [NONE],
      ...common,
    },
    // Uploaded images and PDFs (served with their own type and nosniff, so never as a page). Chrome shows
    // a PDF in a page it makes up, with an <embed> and inline styles that a document policy would refuse
    // (crbug.com/271452): only who may frame them is said.
    upload: {
      'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
      'frame-ancestors': [SELF],
    },
  }
}

/**
 * @param {string} pathname
 * @returns {Face}
 */
export function faceOf(pathname) {
  if (/^\/admin(?:\/|$)/.test(pathname)) return 'admin'
  if (/^\/api\/[^/]+\/file\//.test(pathname)) return 'upload'
  if (/^\/api(?:\/|$)/.test(pathname)) return 'api'
  return 'portal'
}

/**
 * HSTS only when the public address is HTTPS. Decided from SERVER_URL, never from a request header
 * (X-Forwarded-Proto can be sent by anyone who reaches the port).
 * @param {string | undefined} serverUrl
 */
export function isServedOverHttps(serverUrl) {
  try {
    return new URL(serverUrl ?? '').protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * @param {{ serverUrl: string | undefined }} options
 * @returns {(req: IncomingMessage, res: ServerResponse) => Face} sets the headers of the request's face on the response, and says which face
 */
export function createSecurityHeaders({ serverUrl }) {
  const isHttps = isServedOverHttps(serverUrl)
  const directives = directivesByFace(isHttps)
  /** @type {Record<Face, ReturnType<typeof helmet>>} */
  const middlewareByFace = {
    portal: middlewareFor(directives.portal, isHttps),
    admin: middlewareFor(directives.admin, isHttps),
    api: middlewareFor(directives.api, isHttps),
    upload: middlewareFor(directives.upload, isHttps),
  }
  return (req, res) => {
    const queryAt = (req.url ?? '/').indexOf('?')
    const pathname = queryAt === -1 ? (req.url ?? '/') : (req.url ?? '/').slice(0, queryAt)
    const face = faceOf(pathname)
    middlewareByFace[face](req, res, (/** @type {unknown} */ error) => {
      if (error) throw error
    })
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
    return face
  }
}

/**
 * @param {Record<string, string[] | symbol>} directives
 * @param {boolean} isHttps
 */
function middlewareFor(directives, isHttps) {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: isHttps ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true } : false,
    xFrameOptions: { action: 'sameorigin' },
    // Images and files of the portal may be shown elsewhere (a partner's site, a mail client).
    crossOriginResourcePolicy: false,
  })
}
