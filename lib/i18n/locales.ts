/**
 * The one list of locales. Payload's localization, next-intl's routing, the messages files and the
 * sitemap all read it: adding a locale is one entry here plus `messages/<code>.json` (and its code in
 * the literals of `proxy.ts`'s matchers and of `lib/lists/listRoutes.mjs`).
 */
export const LOCALES = [
  { code: 'zh', label: '中文' },
  { code: 'en', label: 'English' },
  { code: 'ja', label: '日本語' },
  { code: 'ko', label: '한국어' },
] as const

export type Locale = (typeof LOCALES)[number]['code']

export const DEFAULT_LOCALE: Locale = 'zh'

export const LOCALE_CODES: Locale[] = LOCALES.map((locale) => locale.code)

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as string[]).includes(value)
}


/** The cookie remembering the visitor's language: next-intl's middleware reads it at `/`, the language switcher writes it. */
export const LOCALE_COOKIE = 'NEXT_LOCALE'
