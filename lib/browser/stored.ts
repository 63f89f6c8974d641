// What this browser keeps for the visitor in localStorage (the shortlist, the chosen currency), and how
// a page hears that it changed: the browser's `storage` event from other tabs, `{name}-change` from this
// one. Client code only, and it imports nothing: the header's parts read it on every page
// (components/shortlist/ShortlistLink.tsx, components/currency/ReaderCurrencyChoice.tsx) to load their
// code only for a visitor who keeps something.

/** The localStorage keys, one per thing kept. */
export const STORED = { shortlist: 'shortlist', currency: 'currency' } as const

export type StoredName = (typeof STORED)[keyof typeof STORED]

const changeEvent = (name: StoredName) => `${name}-change`

/** The kept text, or null when there is none or storage is refused (a private window's settings). */
export function readStored(name: StoredName): string | null {
  try {
    return window.localStorage.getItem(name)
  } catch {
    return null
  }
}

/**
 * Keeps the text and tells this tab's listeners. Where storage is refused they are told all the same: what
 * they read may have changed elsewhere (the currency in the address).
 */
export function writeStored(name: StoredName, text: string) {
  try {
    window.localStorage.setItem(name, text)
  } catch {
    // Kept on this page only, if at all.
  }
  window.dispatchEvent(new Event(changeEvent(name)))
}

/** A subscription for useSyncExternalStore to one kept thing, in this tab and in the others. */
export function subscribeToStored(name: StoredName): (onChange: () => void) => () => void {
  return (onChange) => {
    window.addEventListener('storage', onChange)
    window.addEventListener(changeEvent(name), onChange)
    return () => {
      window.removeEventListener('storage', onChange)
      window.removeEventListener(changeEvent(name), onChange)
    }
  }
}
