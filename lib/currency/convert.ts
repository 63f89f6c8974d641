import { formatDate, INTL_LOCALE } from '../format/numbers'
import { numberFormat } from '../format/intlFormatters'
import type { Locale } from '../i18n/locales'
import type { Translate } from '../sections/types'
import { AMOUNT_SLOT, convertedAmountFormat, fromYuan } from './amountFormat'
import { isReaderCurrency, RATE_QUOTES, READER_CURRENCIES, type RateQuote, type ReaderCurrency } from './readerCurrencies'

export { fromYuan }

/** A rate staff entered in `site`, as the pages use it: complete (rate, date and source), or not used at all. */
export type ExchangeRate = { currency: ReaderCurrency; quote: RateQuote; rate: number; date: string; source: string }

/**
 * The rate a page renders its amounts at (null: RMB alone), on a page whose reader may choose another
 * currency: each amount in yuan is then marked for the chooser to rewrite (lib/currency/marked.ts).
 */
export type PageRate = { rate: ExchangeRate | null; marksAmounts: true }

/** A row of `site`'s exchange rates as Payload returns it. */
type RateRow = { currency?: string | null; quote?: string | null; rate?: number | null; date?: string | null; source?: string | null }

/** The rates a reader can choose among, in the portal's order of currencies: a row lacking its rate, date or source is not used. */
export function completeRates(rows: readonly RateRow[] | null | undefined): ExchangeRate[] {
  const rates: ExchangeRate[] = []
  for (const row of rows ?? []) {
    const quote = RATE_QUOTES.find((candidate) => candidate === row.quote)
    const source = row.source?.trim()
    if (!isReaderCurrency(row.currency) || !quote || !(typeof row.rate === 'number' && row.rate > 0) || !row.date || !source) continue
    rates.push({ currency: row.currency, quote, rate: row.rate, date: row.date, source })
  }
  return rates.sort((a, b) => READER_CURRENCIES.indexOf(a.currency) - READER_CURRENCIES.indexOf(b.currency))
}

/** A converted amount in the reader's number format, to three significant digits: a rate makes it approximate anyway. */
export function formatConverted(value: number, currency: ReaderCurrency, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], convertedAmountFormat(value, currency, locale)).format(value)
}

/**
 * "(≈ US$704m at the rate of 1 December 2026)": an amount in yuan converted at the rate, always marked
 * approximate and dated. The amount's own precision ("about", "over") stays with the yuan it qualifies.
 */
export function convertedText(yuan: number, rate: ExchangeRate, locale: Locale, t: Translate): string {
  return t('currency.converted', { amount: formatConverted(fromYuan(yuan, rate), rate.currency, locale), date: formatDate(rate.date, locale) })
}

/** "Converted at the rate of 1 December 2026, for reference only. Source: …": said once where amounts are converted. */
export function rateNote(rate: ExchangeRate, locale: Locale, t: Translate): string {
  return t('currency.rateSource', { date: formatDate(rate.date, locale), source: rate.source })
}

/** A rate as the reader's browser needs it to rewrite a page's amounts: its texts written in advance, the amount's place kept. */
export type RateForChooser = { currency: ReaderCurrency; quote: RateQuote; rate: number; converted: string; note: string }

export function rateForChooser(rate: ExchangeRate, locale: Locale, t: Translate): RateForChooser {
  return {
    currency: rate.currency,
    quote: rate.quote,
    rate: rate.rate,
    converted: t('currency.converted', { amount: AMOUNT_SLOT, date: formatDate(rate.date, locale) }),
    note: rateNote(rate, locale, t),
  }
}
