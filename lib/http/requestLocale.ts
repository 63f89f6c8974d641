import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'

/**
 * The language to answer an API client in: `?locale=` when it names one of ours, else the first of
 * Accept-Language's languages that is one (`ja-JP` → ja), else the default.
 */
export function requestLocale(request: Request): Locale {
  const requested = new URL(request.url).searchParams.get('locale')
  if (isLocale(requested)) return requested
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((entry) => entry.split(';')[0].trim().split('-')[0].toLowerCase())
  return accepted.find(isLocale) ?? DEFAULT_LOCALE
}
