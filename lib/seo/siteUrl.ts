const DEVELOPMENT_ORIGIN = 'http://localhost:3000'

/**
 * The public origin of the portal (`SERVER_URL`, without a trailing slash). Canonical links, hreflang
 * alternates, Open Graph images and the sitemap must be absolute; in development the default port stands
 * in for an unset variable.
 */
export function siteOrigin(): string {
  return (process.env.SERVER_URL || DEVELOPMENT_ORIGIN).replace(/\/+$/, '')
}

/** `path` (starting with `/`) or an already absolute URL, made absolute on the portal's origin. */
export function absoluteUrl(path: string): string {
  return /^https?:\/\//i.test(path) ? path : `${siteOrigin()}${path.startsWith('/') ? path : `/${path}`}`
}
