import createMiddleware from 'next-intl/middleware'

import { routing } from './lib/i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Payload's admin and API, Next's internals and every file with an extension are left alone.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
