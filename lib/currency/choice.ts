// The reader's choice of currency, kept in this browser's localStorage: nothing is sent to the server, so
// a cached page stays the same for every reader. A `?currency=` in the address (the chooser's answer
// without JavaScript, or a shared link) is the choice on that page. Client code only; it imports nothing
// that would grow the pages' JavaScript.

import { CURRENCY_PARAM } from './currencyRoutes.mjs'

const STORAGE_KEY = 'currency'
/** Sent to this tab's own listeners; other tabs hear the browser's `storage` event. */
const CHANGE_EVENT = 'currency-change'

/** The currency the reader chose (a code, or RMB_ONLY), or null when they chose none. */
export function readChosenCurrency(): string | null {
  const inAddress = new URLSearchParams(window.location.search).get(CURRENCY_PARAM)
  if (inAddress) return inAddress
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage refused (a private window's settings): the locale's default stands.
    return null
  }
}

/** Before the page is hydrated the server's choice stands: the one it rendered. */
export const readServerChosenCurrency = (): string | null => null

export function subscribeToChosenCurrency(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/** Keeps the choice for every page; an address that named another currency names none any more. */
export function chooseCurrency(code: string) {
  try {
    window.localStorage.setItem(STORAGE_KEY, code)
  } catch {
    // Without storage the choice holds on this page only.
  }
  const url = new URL(window.location.href)
  if (url.searchParams.has(CURRENCY_PARAM)) {
    url.searchParams.set(CURRENCY_PARAM, code)
    window.history.replaceState(window.history.state, '', url)
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}
