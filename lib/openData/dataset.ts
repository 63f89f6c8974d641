import type { Payload } from 'payload'

import { toCsv } from '../csv'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { SECTIONS } from '../sections'
import type { Section } from '../sections/types'
import { type Column, columnsOf } from './columns'

/** The most rows one file holds, newest first; the JSON says how many there are in all (`total`). */
export const MAX_OPEN_DATA_ROWS = 1000

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number]

export type Dataset = {
  section: Section
  locale: Locale
  columns: Column[]
  /** One object per published document, nested as the document is (`contact.email` under `contact`). */
  items: Record<string, unknown>[]
  /** How many published documents the section has; more than `items` when the file is capped. */
  total: number
  /** The last time a published document of the section changed; null when it has none. */
  asOf: string | null
}

export function datasetColumns(payload: Payload, section: Section): Column[] {
  return columnsOf(payload.collections[SECTIONS[section].collection].config)
}

/** A linked document arrives as its title and slug; one the public may not read, as its id alone: left out. */
const slugOfLink = (value: unknown) => (value && typeof value === 'object' ? ((value as { slug?: string }).slug ?? null) : null)

function valueOf(column: Column, source: Record<string, unknown> | null | undefined): unknown {
  let value: unknown = source
  for (const key of column.path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  if (value === undefined || value === null) return column.hasMany || column.kind === 'list' ? [] : null
  if (column.kind === 'link') return column.hasMany ? [value].flat().map(slugOfLink).filter(Boolean) : slugOfLink(value)
  if (column.kind === 'list') return [value].flat().map((entry) => itemOf(column.items ?? [], entry as Record<string, unknown>))
  return value
}

function itemOf(columns: Column[], doc: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = {}
  for (const column of columns) {
    let target = item
    for (const key of column.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
    target[column.path.at(-1)!] = valueOf(column, doc)
  }
  return item
}

/**
 * A section's open dataset in a locale: its published documents (newest first, at most
 * MAX_OPEN_DATA_ROWS), read as the public reads them, with only the public columns. A field not
 * translated into the locale shows its Chinese text, as the pages do.
 */
export async function readDataset(payload: Payload, section: Section, locale: Locale): Promise<Dataset> {
  const columns = datasetColumns(payload, section)
  const collection = SECTIONS[section].collection
  const select = Object.fromEntries([...new Set(columns.map((column) => column.path[0]))].filter((name) => name !== 'url').map((name) => [name, true]))
  const [found, latest] = await Promise.all([
    payload.find({
      collection,
      locale,
      fallbackLocale: DEFAULT_LOCALE,
      overrideAccess: false,
      draft: false,
      where: { _status: { equals: 'published' } },
      depth: 1,
      select,
      sort: ['-publishedAt', '-id'],
      limit: MAX_OPEN_DATA_ROWS,
    }),
    payload.find({
      collection,
      overrideAccess: false,
      draft: false,
      where: { _status: { equals: 'published' } },
      depth: 0,
      select: { updatedAt: true },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
    }),
  ])
  const items = found.docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    return itemOf(columns, { ...record, url: `/${locale}/${section}/${String(record.slug)}` })
  })
  return { section, locale, columns, items, total: found.totalDocs, asOf: latest.docs[0]?.updatedAt ?? null }
}

const columnKey = (column: Column) => column.path.join('.')

/** A value as one CSV cell: several values joined by "; ", a list (the key figures) as its JSON. */
function cellOf(column: Column, value: unknown): unknown {
  if (column.kind === 'list') return (value as unknown[]).length ? JSON.stringify(value) : ''
  if (Array.isArray(value)) return value.join('; ')
  return value
}

/** The dataset as CSV (lib/csv.ts: formula-safe, with a byte-order mark): a header of column keys, then one row per item. */
export function datasetCsv(dataset: Dataset): string {
  const rows = dataset.items.map((item) =>
    dataset.columns.map((column) => {
      let value: unknown = item
      for (const key of column.path) value = (value as Record<string, unknown> | undefined)?.[key]
      return cellOf(column, value)
    }),
  )
  return toCsv([dataset.columns.map(columnKey), ...rows])
}

/** The dataset as JSON: what it is, its fields described in its locale, and its items. */
export function datasetJson(dataset: Dataset, licence: { name: string; url: string | null } | null) {
  return {
    section: dataset.section,
    locale: dataset.locale,
    asOf: dataset.asOf,
    licence,
    total: dataset.total,
    count: dataset.items.length,
    fields: dataset.columns.map((column) => describeColumn(column, dataset.locale)),
    items: dataset.items,
  }
}

type ColumnDescription = { name: string; description: string; type: string; values?: string[]; items?: ColumnDescription[] }

export function describeColumn(column: Column, locale: Locale): ColumnDescription {
  return {
    name: columnKey(column),
    description: column.label[locale],
    type: column.hasMany ? `${column.kind}[]` : column.kind,
    ...(column.options ? { values: column.options } : {}),
    ...(column.items ? { items: column.items.map((item) => describeColumn(item, locale)) } : {}),
  }
}
