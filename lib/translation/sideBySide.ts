import { diffWords } from 'diff'
import type { FlattenedField } from 'payload'

import { DEFAULT_LOCALE } from '../i18n/locales'
import { plainText } from './plainText'
import { hashText, type StoredTranslationState, type TargetLocale, type TextVisit, walkTexts } from './state'

/** A stretch of the zh text: kept since the translation, added to it, or removed from it. */
export type SourceChange = { value: string; added?: true; removed?: true }

/**
 * How the zh text of one field stands against its translation: `unchanged` since the translation was written
 * (or confirmed); `changed`, with the changes; `unrecorded`, changed, but the text it was translated from was
 * not kept (a translation recorded before the texts were); `untranslated`, no translation recorded yet.
 */
export type SourceSince = 'unchanged' | 'changed' | 'unrecorded' | 'untranslated'

export type SourceField = {
  /** The field's schema path (`keyFigures.label`), as the translation state names it. */
  key: string
  /** The zh text as plain text. */
  text: string
  /** The zh value as stored (a string, or rich text), for copying into the form. */
  value: unknown
  since: SourceSince
  changes?: SourceChange[]
}

/** A document's zh texts beside its translation into `locale`, by form path (`keyFigures.2.label`). */
export type TranslationSource = { locale: TargetLocale; fields: Record<string, SourceField> }

const segmenter = new Intl.Segmenter(DEFAULT_LOCALE, { granularity: 'word' })
/** Past this many edits a text counts as rewritten: shown as removed and added whole, not worked out word by word. */
const MAX_EDIT_LENGTH = 2000

/** What changed from `before` to `after`, word by word (Chinese words as the segmenter finds them). */
export function changesBetween(before: string, after: string): SourceChange[] {
  const changes = diffWords(before, after, { intlSegmenter: segmenter, maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) return [{ value: before, removed: true }, { value: after, added: true }]
  return changes.map(({ value, added, removed }) => ({ value, ...(added ? { added: true } : {}), ...(removed ? { removed: true } : {}) }))
}

/**
 * The zh texts of `doc` (read in zh, with its `translationState`) beside the translation into `locale`: each
 * with what changed since the text the translation was made from, where the server kept it. Fields without
 * zh text are left out.
 */
export function describeSource({ fields, doc, locale }: { fields: FlattenedField[]; doc: Record<string, unknown>; locale: TargetLocale }): TranslationSource {
  const details = (doc.translationState as StoredTranslationState | undefined)?.details
  const recorded = details?.[locale]?.sources ?? {}
  const keptTexts = details?.sourceTexts ?? {}
  const visits: (TextVisit & { row: number; text: string })[] = []
  const rowsByKey = new Map<string, string[]>()
  walkTexts(fields, doc, (value) => value, (visit) => {
    const rows = rowsByKey.get(visit.key) ?? []
    const text = plainText(visit.value)
    visits.push({ ...visit, row: rows.length, text })
    rowsByKey.set(visit.key, [...rows, text])
  })

  const result: TranslationSource = { locale, fields: {} }
  for (const { key, path, value, row, text } of visits) {
    if (!text) continue
    const recordedHash = recorded[key]
    const then = recordedHash === undefined ? undefined : keptTexts[recordedHash]
    let since: SourceSince = 'changed'
    let changes: SourceChange[] | undefined
    if (recordedHash === undefined) since = 'untranslated'
    else if (recordedHash === hashText((rowsByKey.get(key) ?? []).join('\n'))) since = 'unchanged'
    else if (!then) since = 'unrecorded'
    else if ((then[row] ?? '') === text) since = 'unchanged'
    else changes = changesBetween(then[row] ?? '', text)
    result.fields[path] = { key, text, value, since, ...(changes ? { changes } : {}) }
  }
  return result
}
