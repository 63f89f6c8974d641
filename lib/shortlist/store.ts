// The visitor's shortlist, kept in this browser's localStorage: no account, nothing sent to the server.
// Client code only; it reads nothing of the section registry, to keep the pages' JavaScript small.

import { ITEM_PATTERN } from '../compare/compareRoutes.mjs'

/** One shortlisted document: its key (`section:slug`), and its title in the language it was added in. */
export type ShortlistEntry = { key: string; title: string; lang: string }

const STORAGE_KEY = 'shortlist'
/** Sent to this tab's own listeners; other tabs hear the browser's `storage` event. */
const CHANGE_EVENT = 'shortlist-change'

const EMPTY: ShortlistEntry[] = []
let cachedText: string | null = null
let cachedEntries: ShortlistEntry[] = EMPTY

function isEntry(value: unknown): value is ShortlistEntry {
  if (!value || typeof value !== 'object') return false
  const entry = value as Record<string, unknown>
  return typeof entry.key === 'string' && ITEM_PATTERN.test(entry.key) && typeof entry.title === 'string' && typeof entry.lang === 'string'
}

/** The shortlist, the same array until it changes (as useSyncExternalStore needs); what is not an entry is ignored. */
export function readShortlist(): ShortlistEntry[] {
  let text: string | null = null
  try {
    text = window.localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage refused (a private window's settings): the shortlist is simply empty.
  }
  if (text === cachedText) return cachedEntries
  cachedText = text
  try {
    const parsed: unknown = JSON.parse(text ?? '[]')
    cachedEntries = Array.isArray(parsed) ? parsed.filter(isEntry) : EMPTY
  } catch {
    cachedEntries = EMPTY
  }
  return cachedEntries
}

/** Before the page is hydrated the server knows no shortlist. */
export const readServerShortlist = (): ShortlistEntry[] | null => null

function write(entries: ShortlistEntry[]) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(entries))
  } catch {
    return
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export function subscribeToShortlist(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/** Adds the entry, or takes it off when it is already there. */
export function toggleShortlisted(entry: ShortlistEntry) {
  const entries = readShortlist()
  write(entries.some(({ key }) => key === entry.key) ? entries.filter(({ key }) => key !== entry.key) : [...entries, entry])
}

export function removeFromShortlist(key: string) {
  write(readShortlist().filter((entry) => entry.key !== key))
}
