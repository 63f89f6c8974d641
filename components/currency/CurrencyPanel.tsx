import { getTranslations } from 'next-intl/server'

import { type PageRate, rateNote } from '@/lib/currency/convert'
import { RMB_ONLY } from '@/lib/currency/currencyParams.mjs'
import { READER_CURRENCY_LABELS } from '@/lib/currency/readerCurrencies'
import { findReaderRates } from '@/lib/data/exchangeRate'
import type { Locale } from '@/lib/i18n/locales'
import { CurrencyChooser } from './CurrencyChooser'

/**
 * Under a page's converted amounts: the rate's date and source, and the reader's choice among the
 * currencies staff entered a rate for, or RMB alone. The note is empty and hidden while RMB shows alone.
 */
export async function CurrencyPanel({ locale, pageRate, className }: { locale: Locale; pageRate: PageRate; className?: string }) {
  const [t, rates] = await Promise.all([getTranslations({ locale }), findReaderRates(locale)])
  const options = [
    { value: RMB_ONLY, label: t('currency.rmbOnly') },
    ...rates.map(({ currency }) => ({ value: currency, label: t('currency.option', { name: READER_CURRENCY_LABELS[currency][locale], code: currency }) })),
  ]
  const { rate } = pageRate
  return (
    <div className={className}>
      <p data-rate-note hidden={!rate} className="text-xs leading-snug text-ink-muted">
        {rate ? rateNote(rate, locale, (key, values) => t(key, values)) : ''}
      </p>
      <CurrencyChooser
        options={options}
        rendered={rate?.currency ?? RMB_ONLY}
        label={t('currency.choose')}
        submitLabel={t('currency.apply')}
        className="mt-3"
      />
    </div>
  )
}
