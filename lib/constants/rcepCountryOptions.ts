import { LOCALE_CODES } from '../i18n/locales'
import { RCEP_MEMBER_COUNTRIES } from './rcep'

/** Select options for the RCEP members, named by the ICU data of Node in each admin language. */
export function rcepCountryOptions() {
  const namers = LOCALE_CODES.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'region' })] as const)
  return RCEP_MEMBER_COUNTRIES.map((code) => ({
    value: code,
    label: Object.fromEntries(namers.map(([locale, names]) => [locale, names.of(code) ?? code])),
  }))
}
