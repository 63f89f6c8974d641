// The security headers of every answer of the production server (server.mjs): the portal's pages, the
// admin, the API and the files. Set before Next answers, so that the response cache (lib/cache/responseCache.mjs)
// keeps them with a page's bytes and sends them again unchanged. Helmet writes and checks the headers;
// this file only says which policy each face gets. Plain JavaScript: the server runs it with Node, unbundled.
//
// The portal's Content-Security-Policy cannot use nonces or hashes for its scripts: its pages are cached
// (ISR) and sent again byte for byte, so a per-request nonce would never match, and the inline scripts
// Next writes into each page (the React flight data) differ per page and per publish, while the header
// leaves before the streamed body. So inline <script> elements stay allowed, but nothing from another
// origin, no eval, no inline event-handler attributes (`onerror=` is what injected markup uses), no
// plugins, no <base> and no form posting elsewhere.

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
      'script-src': [SELF, UNSAFE_INLINE],
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
    // staff avatars from Gravatar (Payload's default), the live preview (the portal in a frame), fonts
    // inlined by its stylesheet.
    admin: {
      'default-src': [SELF],
      'script-src': [SELF, UNSAFE_INLINE],
      'style-src': [SELF, UNSAFE_INLINE],
      'img-src': [SELF, 'data:', 'blob:', 'https://www.gravatar.com'],
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
 * @returns {(req: IncomingMessage, res: ServerResponse) => void} sets the headers of the request's face on the response
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
    middlewareByFace[faceOf(pathname)](req, res, (/** @type {unknown} */ error) => {
      if (error) throw error
    })
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
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
