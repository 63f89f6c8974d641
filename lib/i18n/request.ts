import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { OFFICE_TIME_ZONE } from '../dates/businessDays'
import { DEFAULT_LOCALE } from './locales'
import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : DEFAULT_LOCALE
  return {
    locale,
    // Named, or next-intl asks Intl for the server's zone on every request (half a millisecond here).
    timeZone: OFFICE_TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
  }
})
