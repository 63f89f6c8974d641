// The visitor's shortlist, kept in this browser's localStorage: no account, nothing sent to the server.
// Client code only; it reads nothing of the section registry, to keep the pages' JavaScript small.

import { readStored, STORED, subscribeToStored, writeStored } from '../browser/stored'
import { ITEM_PATTERN } from '../compare/itemKey.mjs'

/** One shortlisted document: its key (`section:slug`), and its title in the language it was added in. */
export type ShortlistEntry = { key: string; title: string; lang: string }

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
  // Storage refused (a private window's settings) reads as no text: the shortlist is simply empty.
  const text = readStored(STORED.shortlist)
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

const write = (entries: ShortlistEntry[]) => writeStored(STORED.shortlist, JSON.stringify(entries))

export const subscribeToShortlist = subscribeToStored(STORED.shortlist)

/** Adds the entry, or takes it off when it is already there. */
export function toggleShortlisted(entry: ShortlistEntry) {
  const entries = readShortlist()
  write(entries.some(({ key }) => key === entry.key) ? entries.filter(({ key }) => key !== entry.key) : [...entries, entry])
}

export function removeFromShortlist(key: string) {
  write(readShortlist().filter((entry) => entry.key !== key))
}
