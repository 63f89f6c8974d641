import type { ExchangeRate } from '../currency/convert'
import { DEFAULT_READER_CURRENCY, isReaderCurrency, type ReaderCurrency } from '../currency/readerCurrencies'
import { withFallbackWhenDatabaseUnavailable } from '../db/databaseUnavailable'
import type { Locale } from '../i18n/locales'
import { readPublicSite } from './site'

/**
 * The rate staff entered in `site` for the reader's currency (by default their locale's: ja → JPY, ko → KRW,
 * en → USD, zh → none), read with the site's cached settings; null where none is entered, or one lacks its
 * date or source: then only RMB shows.
 */
export async function findReaderRate(locale: Locale, currency: ReaderCurrency | null = DEFAULT_READER_CURRENCY[locale]): Promise<ExchangeRate | null> {
  if (!currency) return null
  const site = await withFallbackWhenDatabaseUnavailable(() => readPublicSite(locale), null)
  const row = site?.exchangeRates?.find((entry) => entry.currency === currency)
  if (!row || !isReaderCurrency(row.currency) || !row.quote || !(row.rate > 0) || !row.date || !row.source?.trim()) return null
  return { currency: row.currency, quote: row.quote, rate: row.rate, date: row.date, source: row.source.trim() }
}
