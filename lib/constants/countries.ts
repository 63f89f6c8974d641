import { collator, regionNames } from '../format/intlFormatters'
import { RCEP_MEMBER_COUNTRIES } from './rcep'

/**
 * ISO 3166-1 alpha-2 codes an enquirer may choose from. Names come from `Intl.DisplayNames` in the
 * reader's language, so this list is the only thing to maintain.
 */
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BW', 'BY', 'BZ',
  'CA', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const

export type CountryCode = (typeof COUNTRY_CODES)[number]

type CountryOption<C extends string = CountryCode> = { value: C; label: string }

/**
 * Where the standard (CLDR) name is not the one this portal writes: the names readers of that language use,
 * and Taiwan, Hong Kong and Macao named as PRC government sites name them in each language.
 */
const NAME_OVERRIDES: Partial<Record<string, Partial<Record<CountryCode, string>>>> = {
  zh: { TW: '中国台湾', HK: '中国香港', MO: '中国澳门' },
  en: { MM: 'Myanmar', TW: 'Taiwan, China', HK: 'Hong Kong SAR, China', MO: 'Macao SAR, China' },
  ja: { MM: 'ミャンマー', TW: '中国台湾', HK: '中国香港', MO: '中国マカオ' },
  ko: { AU: '호주', TW: '중국 대만', HK: '중국 홍콩', MO: '중국 마카오' },
}

/**
 * The readings of the names Japanese writes in kanji: a Japanese reader looks for 日本 under に, among the
 * katakana names, where a plain comparison puts every kanji name after all of them.
 */
const JAPANESE_READINGS: Partial<Record<CountryCode, string>> = {
  AS: 'べいりょうさもあ',
  CF: 'ちゅうおうあふりかきょうわこく',
  CN: 'ちゅうごく',
  GF: 'ふつりょうぎあな',
  GQ: 'せきどうぎにあ',
  HK: 'ちゅうごくほんこん',
  JP: 'にほん',
  KP: 'きたちょうせん',
  KR: 'かんこく',
  MK: 'きたまけどにあ',
  MO: 'ちゅうごくまかお',
  MP: 'きたまりあなしょとう',
  PF: 'ふつりょうぽりねしあ',
  SS: 'みなみすーだん',
  TL: 'ひがしてぃもーる',
  TW: 'ちゅうごくたいわん',
  VG: 'えいりょうばーじんしょとう',
  VI: 'べいりょうばーじんしょとう',
  ZA: 'みなみあふりか',
}

/** A country's name in a language, as its readers write it. */
export function countryName(code: CountryCode, locale: string): string {
  return NAME_OVERRIDES[locale]?.[code] ?? regionNames(locale).of(code) ?? code
}

/** Countries as `{ value, label }`, named in `locale` and in the order its readers look for them. */
export function sortedCountryOptions<C extends CountryCode>(codes: readonly C[], locale: string): CountryOption<C>[] {
  const order = collator(locale)
  const sortKey = (code: C) => (locale === 'ja' ? JAPANESE_READINGS[code] : undefined) ?? countryName(code, locale)
  return [...codes].sort((a, b) => order.compare(sortKey(a), sortKey(b))).map((code) => ({ value: code, label: countryName(code, locale) }))
}

const optionsByLocale = new Map<string, readonly CountryOption[]>()

const RCEP_MEMBERS: ReadonlySet<CountryCode> = new Set(RCEP_MEMBER_COUNTRIES)

/**
 * Every country as `{ value, label }`, named in `locale`: the RCEP members first (where an investor is most
 * likely from), then the rest, each group in the order readers of `locale` look for names. Made once per
 * locale (it takes about a millisecond).
 */
export function countryOptions(locale: string): readonly CountryOption[] {
  let options = optionsByLocale.get(locale)
  if (!options) {
    options = [
      ...sortedCountryOptions(RCEP_MEMBER_COUNTRIES, locale),
      ...sortedCountryOptions(
        COUNTRY_CODES.filter((code) => !RCEP_MEMBERS.has(code)),
        locale,
      ),
    ]
    optionsByLocale.set(locale, options)
  }
  return options
}
