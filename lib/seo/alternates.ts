import type { Metadata } from 'next'

import { LOCALE_CODES, type Locale } from '../i18n/locales'
import { absoluteUrl } from './siteUrl'

export type LanguageAlternates = Record<Locale | 'x-default', string>

/** A page's URL in one locale: `localizedPath('en', '/projects/x')` is `/en/projects/x`. */
export function localizedPath(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '' : path}`
}

/**
 * The same page in every locale, absolute, plus `x-default`: the address without a locale, which the
 * proxy answers by redirecting each visitor to their best language (Accept-Language, else Chinese).
 * That is what x-default is for: the page for a visitor none of the four languages was written for.
 *
 * `path` is the page's path without the locale (`/` for the home page, `/news/some-slug`).
 */
export function languageAlternates(path: string): LanguageAlternates {
  const languages = Object.fromEntries(LOCALE_CODES.map((code) => [code, absoluteUrl(localizedPath(code, path))]))
  return { ...languages, 'x-default': absoluteUrl(path) } as LanguageAlternates
}

/** `<link rel="canonical">` for the page in `locale`, and its hreflang alternates. */
export function localizedAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  return { canonical: absoluteUrl(localizedPath(locale, path)), languages: languageAlternates(path) }
}
