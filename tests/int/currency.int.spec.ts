import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'

import { convertedText, type ExchangeRate, fromYuan } from '@/lib/currency/convert'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { figureText, money } from '@/lib/sections/facts'
import type { Translate } from '@/lib/sections/types'

const translate = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate

// Rates made up for the test only: the portal ships none.
const JPY: ExchangeRate = { currency: 'JPY', quote: 'unitsPerYuan', rate: 20, date: '2026-12-01T12:00:00.000Z', source: 'Test source' }
const USD: ExchangeRate = { currency: 'USD', quote: 'yuanPerUnit', rate: 8, date: '2026-12-01T12:00:00.000Z', source: 'Test source' }

describe('an amount in the reader’s currency', () => {
  it('converts whichever way staff wrote the rate', () => {
    expect(fromYuan(1000, JPY)).toBe(20_000)
    expect(fromYuan(1000, USD)).toBe(125)
  })

  it('is written in the locale’s own number format, marked approximate and dated', () => {
    expect(money(110_000_000_000, 'CNY', 'moreThan', 'en', translate('en'), USD)).toBe('over RMB 110 billion (≈ US$13.8bn at the rate of 1 December 2026)')
    expect(money(110_000_000_000, 'CNY', 'moreThan', 'ja', translate('ja'), JPY)).toBe('1,100億元超（≈￥2.2兆、2026年12月1日のレートで換算）')
    expect(money(5_000_000_000, 'CNY', 'about', 'zh', translate('zh'), USD)).toBe('50亿元左右（≈US$6.25亿，按2026年12月1日汇率折算）')
    expect(money(5_000_000_000, null, 'exact', 'ko', translate('ko'), { ...JPY, currency: 'KRW', rate: 190 })).toBe('50억 위안(≈ ₩9,500억, 2026년 12월 1일 환율 기준)')
  })

  for (const locale of LOCALE_CODES) {
    it(`keeps the precision word once, with the yuan, in ${locale}`, () => {
      const t = translate(locale)
      const plain = money(110_000_000_000, 'CNY', 'moreThan', locale, t)
      const converted = money(110_000_000_000, 'CNY', 'moreThan', locale, t, JPY)
      expect(converted.startsWith(plain)).toBe(true)
      const word = t('facts.precise', { precision: 'moreThan', value: '' }).trim()
      expect(converted.split(word).length - 1).toBe(1)
      expect(converted.match(/≈/g)).toHaveLength(1)
      expect(convertedText(110_000_000_000, JPY, locale, t)).not.toContain(word)
    })
  }

  it('shows only RMB with no rate, and converts no amount that is not in yuan', () => {
    const t = translate('en')
    expect(money(5_000_000_000, 'CNY', 'exact', 'en', t, null)).toBe('RMB 5 billion')
    expect(money(5_000_000, 'USD', 'exact', 'en', t, USD)).not.toContain('≈')
    expect(figureText({ value: 20_000, unit: 'people', precision: 'moreThan' }, 'en', t, USD)).toBe('over 20,000 people')
    expect(figureText({ value: 5_000_000_000, currency: 'CNY', precision: 'about' }, 'en', t, USD)).toBe('about RMB 5 billion (≈ US$625m at the rate of 1 December 2026)')
  })
})
