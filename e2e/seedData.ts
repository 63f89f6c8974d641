import { existsSync, readdirSync, readFileSync } from 'node:fs'

import { SECTION_ROUTES } from '../lib/sections/routes.mjs'

/** The demo content the e2e server was seeded with, read from the same files the seed reads. */
const DATA = new URL('../scripts/seed/data/', import.meta.url)

export type SeededDocument = {
  slug: string
  title: Record<string, string>
  /** The SEO plugin's meta title and description, per locale. */
  seo?: { title: Record<string, string>; description: Record<string, string> }
}

/** A collection's demo documents; none for a section the source has nothing for (no folder). */
export function seededDocuments(collection: string): SeededDocument[] {
  const dir = new URL(`${collection}/`, DATA)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as SeededDocument)
}

export function seededGlobal<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`globals/${name}.json`, DATA), 'utf8')) as T
}

export { LOCALE_CODES as LOCALES } from '../lib/i18n/locales'

/** Each URL section and the collection (and seed-data folder) it shows, from the section registry. */
export const SECTIONS = Object.fromEntries(Object.entries(SECTION_ROUTES).map(([section, route]) => [section, route.collection])) as {
  [S in keyof typeof SECTION_ROUTES]: (typeof SECTION_ROUTES)[S]['collection']
}
