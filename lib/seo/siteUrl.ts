/**
 * The public origin of the portal (`SERVER_URL`, without a trailing slash). Canonical links, hreflang
 * alternates, Open Graph images, the sitemap, a fact sheet's QR code and a comparison's address to share
 * must be absolute; without the variable (a newcomer's `npm run demo`, the tests), this machine on the
 * server's port, as trustedOrigins() has it.
 */
export function siteOrigin(): string {
  return (process.env.SERVER_URL || `http://localhost:${process.env.PORT || '3000'}`).replace(/\/+$/, '')
}

/** `path` (starting with `/`) or an already absolute URL, made absolute on the portal's origin. */
export function absoluteUrl(path: string): string {
  return /^https?:\/\//i.test(path) ? path : `${siteOrigin()}${path.startsWith('/') ? path : `/${path}`}`
}

/**
 * The origins whose pages may make cookie-authenticated writes (Payload's `csrf` allow-list): the portal's
 * own. Without `SERVER_URL` (a newcomer's `npm run demo`, the tests), the server's port on this machine by
 * either name.
 */
export function trustedOrigins(): string[] {
  if (process.env.SERVER_URL) return [new URL(siteOrigin()).origin]
  const port = process.env.PORT || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
