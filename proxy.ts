import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { isLocale } from './lib/i18n/locales'
import { routing } from './lib/i18n/routing'
import { INTERNAL_LIST_SEGMENT } from './lib/lists/listParams'

const handleLocale = createMiddleware(routing)

/**
 * What reaches the proxy is a path without a locale, which next-intl redirects to the visitor's language,
 * or one under a locale that no page claims (the matcher below names those that are claimed), which is
 * answered by the not-found page (app/global-not-found.tsx) in that locale. Filtered lists reach their
 * internal routes by next.config.mjs's rewrites, without the proxy.
 */
export default function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  const tagged = localeOfLanguageTag(pathname)
  if (tagged) {
    const url = request.nextUrl.clone()
    url.pathname = tagged
    return NextResponse.redirect(url, 308)
  }
  const response = handleLocale(request)
  if (!response.headers.has('x-middleware-next')) return response
  // Sent on as it is, an unclaimed path could still match a dynamic route (`/en/zzz` is a `[section]`,
  // `/en/lists/projects` an internal list, which answers only through the rewrites), and a page that
  // finds nothing to show answers without its HTML (vercel/next.js#95613). A path no route matches gets
  // the not-found page, told the locale by next-intl's headers, copied here.
  const notFound = NextResponse.rewrite(new URL(`/${pathname.split('/')[1]}/${NO_ROUTE}`, request.url))
  response.headers.forEach((value, name) => {
    if (name === 'x-middleware-next') return
    if (name === 'set-cookie') notFound.headers.append(name, value)
    else notFound.headers.set(name, value)
  })
  return notFound
}

/** Under a locale, a path that no route matches: the internal lists' folder holds no route three levels down. */
export const NO_ROUTE = `${INTERNAL_LIST_SEGMENT}/-/-/-`

/**
 * A path whose first segment is one of our languages written as a tag with a region or a script, or in
 * capitals (`/en-US/projects`, `/zh_CN`, `/JA/news`: a link typed by hand, or copied from a site that
 * writes its languages so), as that locale's path; null for any other. next-intl would otherwise take
 * the tag for a page and redirect to it under the visitor's language (`/zh/en-US/projects`, not found).
 */
export function localeOfLanguageTag(pathname: string): string | null {
  const [, first = '', ...rest] = pathname.split('/')
  const language = first.toLowerCase().split(/[-_]/)[0]
  if (!isLocale(language) || first === language) return null
  return `/${[language, ...rest].join('/')}`
}

/**
 * Only the requests that need it pass through the proxy. A page under its locale, every list among them,
 * is served straight from the cache: no per-request proxy run, and no Set-Cookie that would
 * keep shared caches from storing it (its hreflang alternates are in its <head>; the language switcher
 * writes the locale cookie itself). Matchers must be literals, which Next reads without running this
 * file: scripts/lib/proxy-matchers.ts writes them from the locales, the sections and the page folders.
 */
export const config = {
  matcher: [
    // Written by scripts/lib/proxy-matchers.ts (`npm run build` and `npm run dev` run it): edit the lists it reads.
    // Paths without a locale: negotiate one and redirect. Payload, Next's internals and files are left alone.
    '/((?!(?:zh|en|ja|ko)(?:/|$)|api|admin|_next|_vercel|.*\\..*).*)',
    // Paths under a locale that no section or page claims (the internal lists among them): not found.
    '/(zh|en|ja|ko)/((?!(?:industries|projects|funds|rcep|talent|areas|news|about|accessibility|alerts|compare|contact|enquire|enquiries|living|open-data|partner|privacy|search|shortlist|support-finder)(?:/|$)).*)',
  ],
}
