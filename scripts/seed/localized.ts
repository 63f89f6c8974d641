import { LOCALE_CODES, type Locale } from '../../lib/i18n/locales'

/** A text of the seed data in every locale, as the data files hold it. */
export type Localized = Record<Locale, string>

/** The value of each localized field of `fields` in one locale. */
export function inLocale<T extends Record<string, Localized | null>>(fields: T, locale: Locale) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [name, value ? value[locale] : null]),
  ) as { [K in keyof T]: string | null }
}

export { LOCALE_CODES }
