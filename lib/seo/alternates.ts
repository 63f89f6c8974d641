import type { Metadata } from 'next'

import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales'
import { absoluteUrl } from './siteUrl'

export type LanguageAlternates = Partial<Record<Locale | 'x-default', string>>

/** A page's URL in one locale: `localizedPath('en', '/projects/x')` is `/en/projects/x`. */
export function localizedPath(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '' : path}`
}

/**
 * The same page in every locale, absolute, plus `x-default`: the address without a locale, which the
 * proxy answers by redirecting each visitor to their best language (Accept-Language, else Chinese).
 * That is what x-default is for: the page for a visitor none of the four languages was written for.
 *
 * `path` is the page's path without the locale (`/` for the home page, `/news/some-slug`). A document
 * published in some locales only (each is published on its own) names those: `x-default` only with the
 * Chinese, which the proxy falls back to.
 */
export function languageAlternates(path: string, locales: readonly Locale[] = LOCALE_CODES): LanguageAlternates {
  const languages: LanguageAlternates = Object.fromEntries(locales.map((code) => [code, absoluteUrl(localizedPath(code, path))]))
  return locales.includes(DEFAULT_LOCALE) ? { ...languages, 'x-default': absoluteUrl(path) } : languages
}

/** `<link rel="canonical">` for the page in `locale`, and its hreflang alternates (in `locales`, all by default). */
export function localizedAlternates(locale: Locale, path: string, locales?: readonly Locale[]): NonNullable<Metadata['alternates']> {
  return { canonical: absoluteUrl(localizedPath(locale, path)), languages: languageAlternates(path, locales) }
}
