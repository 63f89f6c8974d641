import type { Locale } from '../i18n/locales'
import { DEFAULT_LOCALE } from '../i18n/locales'

/** A document as the portal shows it, and which of its texts are the Chinese original standing in. */
export type WithFallback<T> = T & { fallbackFields: string[] }

const FALLBACK_TEXTS = ['title', 'summary', 'body'] as const

/**
 * Fills the texts missing in the reader's locale from the Chinese original and remembers which, so that
 * the page can mark them `lang="zh"` and say so.
 */
export function mergeFallback<T extends object>(inLocale: T, original: T | null, locale: Locale): WithFallback<T> {
  if (locale === DEFAULT_LOCALE || !original) return { ...inLocale, fallbackFields: [] }
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(inLocale))
  const originalTexts: Record<string, unknown> = Object.fromEntries(Object.entries(original))
  const fallbackFields: string[] = []
  for (const field of FALLBACK_TEXTS) {
    if (isEmpty(merged[field]) && !isEmpty(originalTexts[field])) {
      merged[field] = originalTexts[field]
      fallbackFields.push(field)
    }
  }
  return { ...(merged as T), fallbackFields }
}

/** Whether any of the texts a reader needs is missing from the document as read, so that the Chinese stands in. */
export function lacksTexts(doc: object): boolean {
  const texts: Record<string, unknown> = Object.fromEntries(Object.entries(doc))
  return FALLBACK_TEXTS.some((field) => isEmpty(texts[field]))
}

/** A field of a document read with `locale: 'all'`: its value in each locale. */
export type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined

/**
 * A content document read with `locale: 'all'` and no draft, as the search index and the alerts read it
 * to learn in which locales it is out. `_status` is per locale (`localizeStatus`): each locale of a
 * document is published on its own.
 */
export type DocumentInAllLocales = {
  id: number
  slug?: string | null
  _status?: Localized<'draft' | 'published'> | 'draft' | 'published'
  publishedAt?: string | null
  title?: Localized<string>
  summary?: Localized<string>
} & Record<string, unknown>

/** Whether the document is published in `locale`. */
export function isPublishedIn(doc: DocumentInAllLocales, locale: Locale): boolean {
  return (typeof doc._status === 'object' && doc._status !== null ? doc._status[locale] : doc._status) === 'published'
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  return !JSON.stringify(value).match(/"text":"\s*[^"\s]/)
}
