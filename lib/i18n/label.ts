import { isLocale, type Locale } from './locales'

/**
 * A label of the admin in its four languages, written `{ zh: '…', en: '…', ja: '…', ko: '…' }`: where a
 * Payload option takes it (which accepts any keys), `satisfies AdminLabel` makes a missing language fail
 * the typecheck.
 */
export type AdminLabel = Record<Locale, string>

/** The admin's language as one of ours; English where the admin runs in a language we have no label for. */
export function adminLocale(language: string | undefined): Locale {
  return isLocale(language) ? language : 'en'
}

/** The label in the admin's language; English where the admin runs in a language we have no label for. */
export function inLanguage(text: AdminLabel, language: string | undefined): string {
  return text[adminLocale(language)]
}
