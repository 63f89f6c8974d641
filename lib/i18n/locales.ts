import { LOCALE_CODES, type Locale } from './localeList.mjs'

export { DEFAULT_LOCALE, LOCALE_CODES, LOCALES } from './localeList.mjs'
export type { Locale }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)
}

/** The cookie remembering the visitor's language: next-intl's middleware reads it at `/`, the language switcher writes it. */
export const LOCALE_COOKIE = 'NEXT_LOCALE'
