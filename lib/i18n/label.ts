import { isLocale, type Locale } from './locales'

/**
 * A label of the admin in its four languages, written `{ zh: '…', en: '…', ja: '…', ko: '…' }`: where a
 * Payload option takes it (which accepts any keys), `satisfies AdminLabel` makes a missing language fail
 * the typecheck.
 */
export type AdminLabel = Record<Locale, string>

/** The label in the admin's language; English where the admin runs in a language we have no label for. */
export function inLanguage(text: AdminLabel, language: string | undefined): string {
  return isLocale(language) ? text[language] : text.en
}
