import { getTranslations } from 'next-intl/server'

import { rateForChooser } from '@/lib/currency/convert'
import { findReaderRates } from '@/lib/data/exchangeRate'
import { INTL_LOCALE } from '@/lib/format/numbers'
import type { Locale } from '@/lib/i18n/locales'
import { ReaderCurrencyChoice } from './ReaderCurrencyChoice'

/** On every page while staff have entered a rate: the page's amounts follow the reader's choice of currency. */
export async function ReaderCurrency({ locale }: { locale: Locale }) {
  const [t, rates] = await Promise.all([getTranslations({ locale }), findReaderRates(locale)])
  if (rates.length === 0) return null
  return <ReaderCurrencyChoice locale={locale} intlLocale={INTL_LOCALE[locale]} rates={rates.map((rate) => rateForChooser(rate, locale, (key, values) => t(key, values)))} />
}
