import { formatDate, INTL_LOCALE } from '../format/numbers'
import { numberFormat } from '../format/intlFormatters'
import type { Locale } from '../i18n/locales'
import type { Translate } from '../sections/types'
import type { RateQuote, ReaderCurrency } from './readerCurrencies'

/** A rate staff entered in `site`, as the pages use it: complete (rate, date and source), or not used at all. */
export type ExchangeRate = { currency: ReaderCurrency; quote: RateQuote; rate: number; date: string; source: string }

/** The amount in yuan in the rate's currency, whichever way staff wrote the rate down. */
export function fromYuan(yuan: number, rate: Pick<ExchangeRate, 'quote' | 'rate'>): number {
  return rate.quote === 'unitsPerYuan' ? yuan * rate.rate : yuan / rate.rate
}

/** ja and ko group every large number (1,050億), as lib/format/numbers.ts does for yuan. */
const GROUPING: Record<Locale, Intl.NumberFormatOptions['useGrouping']> = { zh: 'min2', ja: 'always', ko: 'always', en: 'min2' }

/** A converted amount in the reader's number format, to three significant digits: a rate makes it approximate anyway. */
export function formatConverted(value: number, currency: ReaderCurrency, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    notation: value >= 10_000 ? 'compact' : 'standard',
    useGrouping: GROUPING[locale],
    maximumSignificantDigits: 3,
  }).format(value)
}

/**
 * "(≈ US$704m at the rate of 1 December 2026)": an amount in yuan converted at the rate, always marked
 * approximate and dated. The amount's own precision ("about", "over") stays with the yuan it qualifies.
 */
export function convertedText(yuan: number, rate: ExchangeRate, locale: Locale, t: Translate): string {
  return t('currency.converted', { amount: formatConverted(fromYuan(yuan, rate), rate.currency, locale), date: formatDate(rate.date, locale) })
}
