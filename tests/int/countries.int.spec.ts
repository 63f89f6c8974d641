import { describe, expect, it } from 'vitest'

import { countryName, countryOptions } from '@/lib/constants/countries'
import { RCEP_MEMBER_COUNTRIES } from '@/lib/constants/rcep'
import { LOCALE_CODES } from '@/lib/i18n/locales'

describe('the country list', () => {
  it('names Taiwan, Hong Kong and Macao as PRC government sites do, in each language', () => {
    const names = (locale: string) => ['TW', 'HK', 'MO'].map((code) => countryName(code as 'TW', locale))
    expect(names('zh')).toEqual(['中国台湾', '中国香港', '中国澳门'])
    expect(names('en')).toEqual(['Taiwan, China', 'Hong Kong SAR, China', 'Macao SAR, China'])
    expect(names('ja')).toEqual(['中国台湾', '中国香港', '中国マカオ'])
    expect(names('ko')).toEqual(['중국 대만', '중국 홍콩', '중국 마카오'])
  })

  it.each(LOCALE_CODES)('in %s lists the RCEP members first, then the rest, each group in the language’s order', (locale) => {
    const options = countryOptions(locale)
    const members = options.slice(0, RCEP_MEMBER_COUNTRIES.length)
    expect(new Set(members.map((option) => option.value))).toEqual(new Set(RCEP_MEMBER_COUNTRIES))
    expect(options.slice(RCEP_MEMBER_COUNTRIES.length).some((option) => (RCEP_MEMBER_COUNTRIES as readonly string[]).includes(option.value))).toBe(false)
    expect(new Set(options.map((option) => option.value)).size).toBe(options.length)
  })

  it('sorts Japanese kanji names by their reading within each group', () => {
    const labels = countryOptions('ja').map((option) => option.label)
    expect(labels.indexOf('中国')).toBeLessThan(labels.indexOf('日本'))
    expect(labels.indexOf('中国台湾')).toBeGreaterThan(labels.indexOf('タンザニア'))
    expect(labels.indexOf('中国台湾')).toBeLessThan(labels.indexOf('チリ'))
  })
})
