import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '../i18n/locales'

/**
 * A form's server action is a public endpoint: its arguments are whatever a client sends, not what the
 * page bound. The page's locale and the form's fields, or not found (404) for anything else, instead
 * of a TypeError and a 500 further down.
 */
export function formActionArguments(locale: unknown, formData: unknown): { locale: Locale; formData: FormData } {
  if (!isLocale(locale) || !(formData instanceof FormData)) notFound()
  return { locale, formData }
}
