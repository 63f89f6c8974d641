// The reader's choice of currency, kept in this browser's localStorage: nothing is sent to the server, so
// a cached page stays the same for every reader. A `?currency=` in the address (the chooser's answer
// without JavaScript, or a shared link) is the choice on that page. Client code only; it imports nothing
// that would grow the pages' JavaScript.

import { readStored, STORED, subscribeToStored, writeStored } from '../browser/stored'
import { CURRENCY_PARAM } from './currencyParams.mjs'

/** The currency the reader chose (a code, or RMB_ONLY), or null when they chose none. */
export function readChosenCurrency(): string | null {
  const inAddress = new URLSearchParams(window.location.search).get(CURRENCY_PARAM)
  // Storage refused (a private window's settings) reads as no choice: the locale's default stands.
  return inAddress || readStored(STORED.currency)
}

/** Before the page is hydrated the server's choice stands: the one it rendered. */
export const readServerChosenCurrency = (): string | null => null

export const subscribeToChosenCurrency = subscribeToStored(STORED.currency)

/** Keeps the choice for every page; an address that named another currency names none any more. */
export function chooseCurrency(code: string) {
  const url = new URL(window.location.href)
  if (url.searchParams.has(CURRENCY_PARAM)) {
    url.searchParams.set(CURRENCY_PARAM, code)
    window.history.replaceState(window.history.state, '', url)
  }
  writeStored(STORED.currency, code)
}
