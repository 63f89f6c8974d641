import type { Locale } from './locales'

/** A label of the admin in its four languages. */
export type AdminLabel = Record<Locale, string>

export function label(zh: string, en: string, ja: string, ko: string): AdminLabel {
  return { zh, en, ja, ko }
}
