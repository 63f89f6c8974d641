import { readdirSync, readFileSync } from 'node:fs'

/** The demo content the e2e server was seeded with, read from the same files the seed reads. */
const DATA = new URL('../scripts/seed/data/', import.meta.url)

export type SeededDocument = {
  slug: string
  title: Record<string, string>
  /** The SEO plugin's meta title and description, per locale. */
  seo?: { title: Record<string, string>; description: Record<string, string> }
}

export function seededDocuments(collection: string): SeededDocument[] {
  const dir = new URL(`${collection}/`, DATA)
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as SeededDocument)
}

export function seededGlobal<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`globals/${name}.json`, DATA), 'utf8')) as T
}

export { LOCALE_CODES as LOCALES } from '../lib/i18n/locales'

/** URL section of each collection, as the portal names them. */
export const SECTIONS = {
  industries: 'industries',
  projects: 'projects',
  funds: 'funds',
  rcep: 'rcep-services',
  talent: 'talent-policies',
  areas: 'areas',
  news: 'news',
} as const
