'use client'

import { useEffect, useSyncExternalStore } from 'react'

import { writtenConversion } from '@/lib/currency/amountFormat'
import { readChosenCurrency, readServerChosenCurrency, subscribeToChosenCurrency } from '@/lib/currency/choice'
import type { RateForChooser } from '@/lib/currency/convert'
import { RMB_ONLY } from '@/lib/currency/currencyParams.mjs'
import type { Locale } from '@/lib/i18n/locales'

export type ChosenCurrencyProps = { locale: Locale; intlLocale: string; rates: RateForChooser[] }

/**
 * Shows the page's amounts in the currency the reader chose, once the page is loaded: the server renders
 * them in the locale's default, the same bytes for every reader, each marked with its value in yuan
 * (components/Unbroken.tsx); this rewrites them, and the rate's note, from the rates the page carries.
 * A choice among no rate any more leaves the page as rendered. Loaded by ReaderCurrencyChoice once there is a choice.
 */
export default function ChosenCurrency({ locale, intlLocale, rates }: ChosenCurrencyProps) {
  const chosen = useSyncExternalStore(subscribeToChosenCurrency, readChosenCurrency, readServerChosenCurrency)
  useEffect(() => {
    const rate = chosen === RMB_ONLY ? null : rates.find(({ currency }) => currency === chosen)
    if (rate === undefined) return
    for (const element of document.querySelectorAll<HTMLElement>('[data-yuan]')) {
      element.textContent = rate ? (element.dataset.separator ?? '') + writtenConversion({ yuan: Number(element.dataset.yuan), rate, locale, intlLocale }) : ''
    }
    for (const element of document.querySelectorAll<HTMLElement>('[data-rate-note]')) {
      element.textContent = rate?.note ?? ''
      element.hidden = !rate
    }
  }, [chosen, rates, locale, intlLocale])
  return null
}
