import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { ContentCollectionSlug } from '../../collections/slugs'
import type { Precision } from '../../lib/constants/options'
import type { Locale } from '../../lib/i18n/locales'

/** A text of the demo content in every locale. */
export type Localized = Record<Locale, string>

export type KeyFigureData = { value: number; unit: Localized | null; label: Localized; year: number | null; period: 'year' | 'target'; precision: Precision; source?: Localized | null }

/** What every document file holds; the rest of its keys are the collection's own. */
export type DocumentData = {
  slug: string
  title: Localized
  summary: Localized
  body: Record<Locale, string[]>
  seo: { title: Localized; description: Localized }
  featured: boolean
  [key: string]: unknown
}

const DATA_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'data')

/** A collection's demo documents; none for a section the source has nothing for (no folder). */
export function readDocuments(collection: ContentCollectionSlug): DocumentData[] {
  const dir = path.join(DATA_DIR, collection)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as DocumentData)
}

export function readGlobal<T>(name: 'site' | 'home' | 'living'): T {
  return JSON.parse(readFileSync(path.join(DATA_DIR, 'globals', `${name}.json`), 'utf8')) as T
}
