import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales'
import { plainText } from './plainText'

export { plainText }

/** The locales translated from the source language (zh). */
export const TARGET_LOCALES: Locale[] = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE)
/** A locale other than the source's (the type cannot tell them apart: the default locale is typed `Locale`). */
export type TargetLocale = Locale

export const TRANSLATION_STATES = ['current', 'outdated', 'missing'] as const
export type TranslationState = (typeof TRANSLATION_STATES)[number]

/** What the server knows of one target locale: per field path, the hash of the zh text it was translated from. */
export type LocaleDetail = {
  outdated: string[]
  missing: string[]
  sources: Record<string, string>
  confirmed?: { by: number | string | null; at: string }
}
/**
 * Per target locale its detail; and once for all of them, the zh text (one entry per array row) behind each
 * hash a locale records, so that an editor sees what changed in the source since the translation.
 */
export type TranslationDetails = Partial<Record<TargetLocale, LocaleDetail>> & { sourceTexts?: Record<string, string[]> }

/** Texts of a document by field path (`title`, `contact.name`, `keyFigures.label`), one entry per array row. */
export type Texts = Map<string, string[]>

type Doc = Record<string, unknown> | null | undefined

const isTextField = (field: FlattenedField) => field.type === 'text' || field.type === 'textarea' || field.type === 'richText'

/** One localized text met by `walkTexts`: its schema path (`keyFigures.label`), its form path (`keyFigures.2.label`) and value. */
export type TextVisit = { key: string; path: string; value: unknown }

/**
 * Visits every localized text of a document, in document order, with its value read with `pick` (which takes
 * a localized value to one locale's text: `v => v` for a document read in that locale, `v => v?.[locale]` for
 * one read with `locale: 'all'`). Arrays are walked row by row; blocks are not walked (the content
 * collections have none).
 */
export function walkTexts(fields: FlattenedField[], doc: Doc, pick: (value: unknown) => unknown, visit: (text: TextVisit) => void, prefix = '', formPrefix = '', inLocalized = false): void {
  for (const field of fields) {
    if (!('name' in field) || field.name === 'translationState') continue
    const key = prefix ? `${prefix}.${field.name}` : field.name
    const path = formPrefix ? `${formPrefix}.${field.name}` : field.name
    const localized = inLocalized || Boolean(field.localized)
    const raw = doc?.[field.name]
    // A localized group or array holds its whole content per locale: pick once, then read it as is.
    const value = field.localized && !inLocalized ? pick(raw) : raw
    const childPick = localized ? (v: unknown) => v : pick
    if (isTextField(field) && localized) {
      visit({ key, path, value: pick(raw) })
    } else if (field.type === 'group' || field.type === 'tab') {
      walkTexts(field.flattenedFields, value as Doc, childPick, visit, key, path, localized)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => walkTexts(field.flattenedFields, row as Doc, childPick, visit, key, `${path}.${index}`, localized))
    }
  }
}

/** Every localized text of a document as plain text, by schema path, one entry per array row (see `walkTexts`). */
export function collectTexts(fields: FlattenedField[], doc: Doc, pick: (value: unknown) => unknown, prefix = '', out: Texts = new Map()): Texts {
  walkTexts(fields, doc, pick, ({ key, value }) => out.set(key, [...(out.get(key) ?? []), plainText(value)]), prefix, prefix)
  return out
}

/** Whether a field is, or holds, a localized text. */
function holdsLocalizedText(field: FlattenedField, inLocalized = false): boolean {
  const localized = inLocalized || Boolean(field.localized)
  if (isTextField(field)) return localized
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return field.flattenedFields.some((child) => holdsLocalizedText(child, localized))
  return false
}

const selects = new WeakMap<FlattenedField[], Record<string, true>>()

/** A `select` of the top-level fields that hold localized text (what `collectTexts` reads), plus `translationState`. */
export function localizedTextSelect(fields: FlattenedField[]): Record<string, true> {
  let select = selects.get(fields)
  if (!select) {
    select = Object.fromEntries(fields.filter((field) => holdsLocalizedText(field)).map((field) => [field.name, true as const]))
    select.translationState = true
    selects.set(fields, select)
  }
  return select
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16)
}

type DeriveArgs = {
  source: Texts
  target: Texts
  /** The target's texts before this save; undefined for a new document. */
  previousTarget?: Texts
  previous?: LocaleDetail
  /** The target locale is being saved (its text, where changed, is now translated from today's source). */
  saving: boolean
  /** An editor confirms the target still says what the source says. */
  confirmed?: LocaleDetail['confirmed']
}

/**
 * One target locale's state. A field with source text is missing where a row has no translation, outdated
 * where the source changed since the translation was written (or last confirmed), current otherwise. The
 * locale is outdated if any field is, else missing if any field is, else current.
 */
export function deriveLocale({ source, target, previousTarget, previous, saving, confirmed }: DeriveArgs): { state: TranslationState; detail: LocaleDetail } {
  const detail: LocaleDetail = { outdated: [], missing: [], sources: {} }
  if (confirmed) detail.confirmed = confirmed
  else if (previous?.confirmed) detail.confirmed = previous.confirmed
  for (const [path, sourceRows] of source) {
    if (!sourceRows.some(Boolean)) continue
    const targetRows = target.get(path) ?? []
    if (sourceRows.some((text, row) => text && !targetRows[row])) {
      detail.missing.push(path)
      continue
    }
    const sourceHash = hashText(sourceRows.join('\n'))
    const recorded = previous?.sources[path]
    const changedNow = saving && (previousTarget?.get(path) ?? []).join('\n') !== targetRows.join('\n')
    if (recorded === undefined || changedNow || confirmed) detail.sources[path] = sourceHash
    else {
      detail.sources[path] = recorded
      if (recorded !== sourceHash) detail.outdated.push(path)
    }
  }
  const state: TranslationState = detail.outdated.length ? 'outdated' : detail.missing.length ? 'missing' : 'current'
  return { state, detail }
}

/** The stored value of a document's `translationState` group. */
export type StoredTranslationState = Partial<Record<TargetLocale, TranslationState | null>> & { details?: TranslationDetails | null }

type ComputeArgs = {
  fields: FlattenedField[]
  /** The document after this save, one reader per locale. */
  textsIn: (locale: Locale) => Texts
  /** The document before this save (read with `locale: 'all'`); undefined for a new one. */
  before?: Doc
  savingLocale: string
  confirm?: { locale: TargetLocale; by: number | string | null }
}

export function computeTranslationState({ fields, textsIn, before, savingLocale, confirm }: ComputeArgs): StoredTranslationState {
  const source = textsIn(DEFAULT_LOCALE)
  const previous = (before?.translationState as StoredTranslationState | undefined)?.details ?? {}
  const result: StoredTranslationState = { details: {} }
  for (const locale of TARGET_LOCALES) {
    const { state, detail } = deriveLocale({
      source,
      target: textsIn(locale),
      previousTarget: before ? collectTexts(fields, before, (v) => (v as Record<string, unknown> | null | undefined)?.[locale]) : undefined,
      previous: previous[locale],
      saving: savingLocale === locale || savingLocale === 'all',
      confirmed: confirm?.locale === locale ? { by: confirm.by, at: new Date().toISOString() } : undefined,
    })
    result[locale] = state
    result.details![locale] = detail
  }
  result.details!.sourceTexts = sourceTextsOf({ source, details: result.details!, previous: previous.sourceTexts })
  return result
}

/**
 * The zh text behind every hash the locales record: today's for a hash of today's source (recorded now, or
 * unchanged since), else the one kept before. Texts no locale refers to any longer are dropped; a hash recorded
 * before texts were kept has none.
 */
function sourceTextsOf({ source, details, previous = {} }: { source: Texts; details: TranslationDetails; previous?: Record<string, string[]> }) {
  const texts: Record<string, string[]> = {}
  for (const locale of TARGET_LOCALES) {
    for (const [path, hash] of Object.entries(details[locale]?.sources ?? {})) {
      if (texts[hash]) continue
      const today = source.get(path)
      const rows = today && hashText(today.join('\n')) === hash ? today : previous[hash]
      if (rows) texts[hash] = rows
    }
  }
  return texts
}
