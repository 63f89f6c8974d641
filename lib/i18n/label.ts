import { isLocale, type Locale } from './locales'

/** A label of the admin in its four languages. */
export type AdminLabel = Record<Locale, string>

export function label(zh: string, en: string, ja: string, ko: string): AdminLabel {
  return { zh, en, ja, ko }
}

/** The label in the admin's language; English where the admin runs in a language we have no label for. */
export function inLanguage(text: AdminLabel, language: string | undefined): string {
  return isLocale(language) ? text[language] : text.en
}
