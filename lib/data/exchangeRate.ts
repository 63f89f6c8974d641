import { completeRates, type ExchangeRate, type PageRate } from '../currency/convert'
import { RMB_ONLY } from '../currency/currencyRoutes.mjs'
import { DEFAULT_READER_CURRENCY, type ReaderCurrency } from '../currency/readerCurrencies'
import { withFallbackWhenDatabaseUnavailable } from '../db/databaseUnavailable'
import type { Locale } from '../i18n/locales'
import { readPublicSite } from './site'

/** A reader's choice: a currency to see RMB amounts converted into, or RMB alone. */
export type CurrencyChoice = ReaderCurrency | typeof RMB_ONLY

/**
 * The rates staff entered in `site`, complete with their date and source, read with the site's cached
 * settings: the currencies a reader may choose among (with RMB alone). None where the database is away.
 */
export async function findReaderRates(locale: Locale): Promise<ExchangeRate[]> {
  const site = await withFallbackWhenDatabaseUnavailable(() => readPublicSite(locale), null)
  return completeRates(site?.exchangeRates)
}

/**
 * The rate staff entered for a currency (by default the locale's: ja → JPY, ko → KRW, en → USD, zh → none);
 * null where none is entered, or one lacks its date or source: then only RMB shows.
 */
export async function findReaderRate(locale: Locale, currency: ReaderCurrency | null = DEFAULT_READER_CURRENCY[locale]): Promise<ExchangeRate | null> {
  if (!currency) return null
  return (await findReaderRates(locale)).find((rate) => rate.currency === currency) ?? null
}

/**
 * The rate a page renders its amounts at: the reader's choice where the address names one, otherwise the
 * locale's default (none for zh, or where its rate is missing). Null where staff entered no rate at all:
 * the reader has nothing to choose, and amounts are not marked for the chooser.
 */
export async function findPageRate(locale: Locale, choice: CurrencyChoice | null = null): Promise<PageRate | null> {
  const rates = await findReaderRates(locale)
  if (rates.length === 0) return null
  const currency = choice ?? DEFAULT_READER_CURRENCY[locale]
  return { rate: rates.find((rate) => rate.currency === currency) ?? null, marksAmounts: true }
}
