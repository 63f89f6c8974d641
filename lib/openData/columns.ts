import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import type { AdminLabel } from '../i18n/label'
import { LOCALE_CODES } from '../i18n/locales'

/** What a column holds, as the CSV, the JSON and the OpenAPI document describe it. */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'link' | 'list'

/**
 * One column of an open dataset, read from a field of the section's collection: its place in the
 * document (`contact.email`), its label in the four languages, and what it holds.
 */
export type Column = {
  path: string[]
  label: AdminLabel
  kind: ColumnKind
  /** Several values (a select or a relationship with hasMany). */
  hasMany?: boolean
  /** A choice's stored values. */
  options?: string[]
  /** A link's collection: the value is the linked document's slug. */
  relationTo?: string
  /** A list's own columns, per entry (the key figures). */
  items?: Column[]
}

/**
 * Fields that are public in the API but are no data of the item: the SEO plugin's copy of the title and
 * summary, the editors' home-page flag, the publication state (every row is published) and the row's
 * creation time (the last update is its own column).
 */
const NOT_DATA = new Set(['meta', 'featured', '_status', 'createdAt', 'updatedAt'])

/** What a table cannot hold: rich text, pictures, JSON, the admin's own widgets and joins. */
const NO_COLUMN_TYPES = new Set(['richText', 'upload', 'json', 'ui', 'join', 'blocks'])

const isAdminLabel = (label: unknown): label is AdminLabel =>
  Boolean(label) && typeof label === 'object' && LOCALE_CODES.every((code) => typeof (label as Record<string, unknown>)[code] === 'string')

/**
 * Whether a field is open data. The collection decides: a field with its own read access (staff-only,
 * such as the translation state) is never public; nor is one hidden or written by the server alone
 * (read-only: the translation bookkeeping), nor one with no label in every language to describe it.
 */
export function isPublicField(field: FlattenedField): boolean {
  if (!('name' in field) || NOT_DATA.has(field.name)) return false
  if (NO_COLUMN_TYPES.has(field.type)) return false
  if ('access' in field && field.access?.read) return false
  if (('hidden' in field && field.hidden) || field.admin?.hidden || field.admin?.readOnly) return false
  return isAdminLabel(field.label)
}

const joinLabels = (outer: AdminLabel, inner: AdminLabel): AdminLabel =>
  Object.fromEntries(LOCALE_CODES.map((code) => [code, `${outer[code]}: ${inner[code]}`])) as AdminLabel

function columnsOfFields(fields: FlattenedField[], prefix: string[], groupLabel: AdminLabel | null): Column[] {
  const columns: Column[] = []
  for (const field of fields) {
    if (!isPublicField(field)) continue
    const path = [...prefix, field.name]
    const label = groupLabel ? joinLabels(groupLabel, field.label as AdminLabel) : (field.label as AdminLabel)
    switch (field.type) {
      case 'group':
        columns.push(...columnsOfFields(field.flattenedFields, path, label))
        break
      case 'array':
        columns.push({ path, label, kind: 'list', items: columnsOfFields(field.flattenedFields, [], null) })
        break
      case 'number':
        columns.push({ path, label, kind: 'number', ...(field.hasMany ? { hasMany: true } : {}) })
        break
      case 'checkbox':
        columns.push({ path, label, kind: 'boolean' })
        break
      case 'date':
        columns.push({ path, label, kind: 'date' })
        break
      case 'select':
      case 'radio':
        columns.push({
          path,
          label,
          kind: 'choice',
          options: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
          ...(field.type === 'select' && field.hasMany ? { hasMany: true } : {}),
        })
        break
      case 'relationship':
        if (typeof field.relationTo !== 'string') continue
        columns.push({ path, label, kind: 'link', relationTo: field.relationTo, ...(field.hasMany ? { hasMany: true } : {}) })
        break
      default:
        columns.push({ path, label, kind: 'text' })
    }
  }
  return columns
}

export const URL_LABEL: AdminLabel = { zh: '页面链接', en: 'Page on the portal', ja: 'ポータルのページ', ko: '포털 페이지' }
export const UPDATED_LABEL: AdminLabel = { zh: '最后更新时间', en: 'Last updated', ja: '最終更新日時', ko: '마지막 수정 일시' }

/** The columns of a collection's open dataset: its public fields, in the admin's order, then the page's address and the last update. */
export function columnsOf(collection: SanitizedCollectionConfig): Column[] {
  return [
    ...columnsOfFields(collection.flattenedFields, [], null),
    { path: ['url'], label: URL_LABEL, kind: 'text' },
    { path: ['updatedAt'], label: UPDATED_LABEL, kind: 'date' },
  ]
}
