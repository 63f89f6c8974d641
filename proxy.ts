import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { routing } from './lib/i18n/routing'
import { CACHED_LIST_SEGMENT, cachedListPath, isCachedListPath } from './lib/lists/cachedListPath'

const handleLocale = createMiddleware(routing)

/** Locale negotiation (next-intl), then list pages with only clickable filters are served from the page cache. */
export default function proxy(request: NextRequest): NextResponse {
  const response = handleLocale(request)
  if (!response.headers.has('x-middleware-next')) return response
  const { pathname, searchParams } = request.nextUrl
  // The internal cached lists answer only through this rewrite; asked for directly, they are not found.
  const target = isCachedListPath(pathname) ? `/${pathname.split('/')[1]}/${CACHED_LIST_SEGMENT}` : cachedListPath(pathname, searchParams)
  if (!target) return response
  const rewritten = NextResponse.rewrite(new URL(target, request.url))
  // Keep what next-intl decided for this request: its locale header for the page, its cookie and Link header.
  response.headers.forEach((value, name) => {
    if (name === 'x-middleware-next') return
    if (name === 'set-cookie') rewritten.headers.append(name, value)
    else rewritten.headers.set(name, value)
  })
  return rewritten
}

export const config = {
  // Payload's admin and API, Next's internals and every file with an extension are left alone.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
