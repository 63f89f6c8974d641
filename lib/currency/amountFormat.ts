// How an amount converted from yuan is worked out and written: shared by the server, which renders the
// locale's default currency, and the reader's chooser, which rewrites the amounts in the browser. It
// imports nothing, to keep the pages' JavaScript small.

import type { Locale } from '../i18n/locales'
import type { RateQuote } from './readerCurrencies'

/** Where the amount goes in a conversion's text written in advance for the browser ("(≈ \uE003 at the rate of 1 December 2026)"). */
export const AMOUNT_SLOT = '\uE003'

/** The amount in yuan in the rate's currency, whichever way staff wrote the rate down. */
export function fromYuan(yuan: number, rate: { quote: RateQuote; rate: number }): number {
  return rate.quote === 'unitsPerYuan' ? yuan * rate.rate : yuan / rate.rate
}

/** ja, ko and en group every number of four digits or more (1,050億, $2,900), as lib/format/numbers.ts does. */
const GROUPING: Record<Locale, Intl.NumberFormatOptions['useGrouping']> = { zh: 'min2', ja: 'always', ko: 'always', en: 'always' }

/** A converted amount in the reader's number format, to three significant digits: a rate makes it approximate anyway. */
export function convertedAmountFormat(value: number, currency: string, locale: Locale): Intl.NumberFormatOptions {
  return {
    style: 'currency',
    currency,
    notation: value >= 10_000 ? 'compact' : 'standard',
    useGrouping: GROUPING[locale],
    maximumSignificantDigits: 3,
  }
}

/** A conversion's text written in advance (`converted`, with AMOUNT_SLOT) completed with the amount: the browser's side of lib/currency/convert.ts's convertedText. */
export function writtenConversion({ yuan, rate, locale, intlLocale }: { yuan: number; rate: { currency: string; quote: RateQuote; rate: number; converted: string }; locale: Locale; intlLocale: string }): string {
  const amount = fromYuan(yuan, rate)
  return rate.converted.replace(AMOUNT_SLOT, new Intl.NumberFormat(intlLocale, convertedAmountFormat(amount, rate.currency, locale)).format(amount))
}
