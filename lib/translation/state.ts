import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales'

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
export type TranslationDetails = Partial<Record<TargetLocale, LocaleDetail>>

/** Texts of a document by field path (`title`, `contact.name`, `keyFigures.label`), one entry per array row. */
export type Texts = Map<string, string[]>

type Doc = Record<string, unknown> | null | undefined

/** The words of a rich text (Lexical JSON), one paragraph a line; a plain string trimmed. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (!value || typeof value !== 'object') return ''
  const lines: string[] = []
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children, type } = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof text === 'string') return text
    const inner = Array.isArray(children) ? children.map(walk).join('') : ''
    if (type === 'paragraph' || type === 'heading' || type === 'listitem' || type === 'quote') {
      lines.push(inner)
      return ''
    }
    return inner
  }
  const rest = walk((value as { root?: unknown }).root ?? value)
  if (rest) lines.push(rest)
  return lines.join('\n').trim()
}

const isTextField = (field: FlattenedField) => field.type === 'text' || field.type === 'textarea' || field.type === 'richText'

/**
 * Every localized text of a document, read with `pick` (which takes a localized value to one locale's text:
 * `v => v` for a document read in that locale, `v => v?.[locale]` for one read with `locale: 'all'`).
 * Arrays contribute one entry per row, in order; blocks are not walked (the content collections have none).
 */
export function collectTexts(fields: FlattenedField[], doc: Doc, pick: (value: unknown) => unknown, prefix = '', out: Texts = new Map(), inLocalized = false): Texts {
  for (const field of fields) {
    if (!('name' in field) || field.name === 'translationState') continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const localized = inLocalized || Boolean(field.localized)
    const raw = doc?.[field.name]
    // A localized group or array holds its whole content per locale: pick once, then read it as is.
    const value = field.localized && !inLocalized ? pick(raw) : raw
    const childPick = localized ? (v: unknown) => v : pick
    if (isTextField(field) && localized) {
      out.set(path, [...(out.get(path) ?? []), plainText(pick(raw))])
    } else if (field.type === 'group' || field.type === 'tab') {
      collectTexts(field.flattenedFields, value as Doc, childPick, path, out, localized)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) collectTexts(field.flattenedFields, row as Doc, childPick, path, out, localized)
    }
  }
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
  return result
}
