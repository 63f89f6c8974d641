import { createTranslator } from 'next-intl'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { writtenConversion } from '@/lib/currency/amountFormat'
import { completeRates, convertedText, type ExchangeRate, fromYuan, rateForChooser } from '@/lib/currency/convert'
import { RMB_ONLY } from '@/lib/currency/currencyRoutes.mjs'
import { markedRuns } from '@/lib/currency/marked'
import { findPageRate, findReaderRates } from '@/lib/data/exchangeRate'
import { readPublicSite } from '@/lib/data/site'
import { INTL_LOCALE } from '@/lib/format/numbers'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { figureText, money } from '@/lib/sections/facts'
import type { Translate } from '@/lib/sections/types'

// The site's settings as staff saved them, without a database: what the pages read is decided from them.
vi.mock('@/lib/data/site', () => ({ readPublicSite: vi.fn() }))
const siteWithRates = (rows: Record<string, unknown>[]) => vi.mocked(readPublicSite).mockResolvedValue({ exchangeRates: rows } as never)

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

const EUR_ROW = { currency: 'EUR', quote: 'yuanPerUnit', rate: 8, date: '2026-12-01T12:00:00.000Z', source: 'Test source' }
const USD_ROW = { ...EUR_ROW, currency: 'USD', rate: 7 }

describe('the currencies a reader may choose', () => {
  beforeEach(() => vi.mocked(readPublicSite).mockReset())

  it('are those staff entered a complete rate for, in the portal’s order, with RMB alone always a choice', async () => {
    siteWithRates([
      EUR_ROW,
      { ...EUR_ROW, currency: 'JPY', source: '  ' },
      { ...EUR_ROW, currency: 'KRW', date: null },
      { ...EUR_ROW, currency: 'THB', rate: 0 },
      { ...EUR_ROW, currency: 'XYZ' },
      USD_ROW,
    ])
    expect((await findReaderRates('en')).map((rate) => rate.currency)).toEqual(['USD', 'EUR'])
    expect(completeRates(null)).toEqual([])
  })

  it('offer nothing, and mark no amount, while no rate is entered: the page shows RMB alone as before', async () => {
    siteWithRates([])
    expect(await findPageRate('en')).toBeNull()
    const text = money(5_000_000_000, 'CNY', 'exact', 'en', translate('en'), await findPageRate('en'))
    expect(text).toBe('RMB 5 billion')
  })

  it('start from the locale’s default where its rate is entered, RMB alone in Chinese, and follow the address’s choice', async () => {
    siteWithRates([EUR_ROW, USD_ROW])
    expect((await findPageRate('en'))?.rate?.currency).toBe('USD')
    expect((await findPageRate('ja'))?.rate).toBeNull()
    expect((await findPageRate('zh'))?.rate).toBeNull()
    expect((await findPageRate('zh', 'EUR'))?.rate?.currency).toBe('EUR')
    expect((await findPageRate('en', RMB_ONLY))?.rate).toBeNull()
  })
})

describe('an amount on a page whose reader chooses the currency', () => {
  const EUR = completeRates([EUR_ROW])[0]

  it('carries its value in yuan with the conversion at the page’s rate, or none where RMB shows alone', () => {
    const t = translate('en')
    const runs = markedRuns(money(5_000_000_000, 'CNY', 'about', 'en', t, { rate: EUR, marksAmounts: true }))
    expect(runs).toEqual([{ text: 'about RMB 5 billion' }, { yuan: 5_000_000_000, separator: ' ', text: '(≈ €625m at the rate of 1 December 2026)' }])
    expect(markedRuns(money(5_000_000_000, 'CNY', 'exact', 'zh', translate('zh'), { rate: null, marksAmounts: true }))).toEqual([
      { text: '50亿元' },
      { yuan: 5_000_000_000, separator: '', text: '' },
    ])
    expect(money(5_000_000, 'USD', 'exact', 'en', t, { rate: EUR, marksAmounts: true })).toBe('US$5.00m')
  })

  for (const locale of LOCALE_CODES) {
    it(`is rewritten in the browser exactly as the server writes it, marked approximate and dated, in ${locale}`, () => {
      const t = translate(locale)
      for (const rate of [EUR, JPY, USD]) {
        const chooser = rateForChooser(rate, locale, t)
        expect(writtenConversion({ yuan: 110_000_000_000, rate: chooser, locale, intlLocale: INTL_LOCALE[locale] })).toBe(convertedText(110_000_000_000, rate, locale, t))
        expect(chooser.note).toContain('Test source')
      }
      expect(writtenConversion({ yuan: 1_000, rate: rateForChooser(EUR, locale, t), locale, intlLocale: INTL_LOCALE[locale] })).toMatch(/≈.*2026/)
    })
  }
})
