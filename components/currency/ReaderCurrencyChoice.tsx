'use client'

import { lazy, Suspense, useSyncExternalStore } from 'react'

import { readStored, STORED, subscribeToStored } from '@/lib/browser/stored'
import { CURRENCY_PARAM } from '@/lib/currency/currencyParams.mjs'
import type { ChosenCurrencyProps } from './ChosenCurrency'

/** Loaded only once the reader has chosen a currency: most never do, and their pages do not carry it. */
const ChosenCurrency = lazy(() => import('./ChosenCurrency'))

const subscribe = subscribeToStored(STORED.currency)
/** A choice kept in this browser, or one in the address (`?currency=`, a shared link). */
const hasChoice = () => readStored(STORED.currency) !== null || new URLSearchParams(window.location.search).has(CURRENCY_PARAM)

/** The page's amounts in the reader's chosen currency (ChosenCurrency), from the moment there is a choice. */
export function ReaderCurrencyChoice(props: ChosenCurrencyProps) {
  const chosen = useSyncExternalStore(subscribe, hasChoice, () => false)
  return chosen ? (
    <Suspense fallback={null}>
      <ChosenCurrency {...props} />
    </Suspense>
  ) : null
}
