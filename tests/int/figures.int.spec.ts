import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'

import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { figureText, money } from '@/lib/sections/facts'
import type { Translate } from '@/lib/sections/types'

const translate = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate

/** What the source says, written once in each locale's own form. */
const EXPECTED: Record<Locale, { about: string; moreThan: string; people: string }> = {
  en: { about: 'about 6%', moreThan: 'over RMB 110 billion', people: 'over 20,000 people' },
  zh: { about: '6%左右', moreThan: '1100亿元以上', people: '2万人以上' },
  ja: { about: '約6%', moreThan: '1,100億元超', people: '2万人超' },
  ko: { about: '약 6%', moreThan: '1,100억 위안 이상', people: '2만 명 이상' },
}

describe('a figure with its precision', () => {
  for (const locale of LOCALE_CODES) {
    it(`is written with one qualifier, in ${locale}'s own form`, () => {
      const t = translate(locale)
      const people = { zh: '人', en: 'people', ja: '人', ko: '명' }[locale]
      expect(figureText({ value: 6, unit: '%', precision: 'about' }, locale, t)).toBe(EXPECTED[locale].about)
      expect(money(110_000_000_000, 'CNY', 'moreThan', locale, t)).toBe(EXPECTED[locale].moreThan)
      expect(figureText({ value: 20_000, unit: people, precision: 'moreThan' }, locale, t)).toBe(EXPECTED[locale].people)
      expect(figureText({ value: 172, unit: null, precision: 'exact' }, locale, t)).toBe('172')
    })
  }

  it('groups a four-digit count as each locale writes it, and spaces a Korean counter after 만 but not after digits', () => {
    expect(figureText({ value: 5_300, unit: 'places', precision: 'moreThan' }, 'en', translate('en'))).toBe('over 5,300 places')
    expect(figureText({ value: 5_300, unit: '개', precision: 'exact' }, 'ko', translate('ko'))).toBe('5,300개')
    expect(figureText({ value: 5_300, unit: '个', precision: 'exact' }, 'zh', translate('zh'))).toBe('5300个')
    expect(figureText({ value: 45_000, unit: '명', precision: 'exact' }, 'ko', translate('ko'))).toBe('4.5만 명')
    expect(figureText({ value: 172, unit: '건', precision: 'exact' }, 'ko', translate('ko'))).toBe('172건')
  })

  it('an exact figure, or one stored before precision existed, carries no qualifier', () => {
    expect(money(5_000_000_000, 'CNY', null, 'en', translate('en'))).toBe('RMB 5 billion')
  })
})
