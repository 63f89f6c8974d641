import type { ContentCollectionSlug } from '@/collections/slugs'
import { SECTION_ROUTES } from './routes.mjs'
import type { Section } from './types'

/** The sections in the order the header, the sitemap and the search results show them. */
export const SECTION_NAMES = Object.keys(SECTION_ROUTES) as Section[]

export function isSection(value: string): value is Section {
  return Object.hasOwn(SECTION_ROUTES, value)
}

/** The section showing a collection's documents. */
export function sectionOf(collection: ContentCollectionSlug): Section {
  return SECTION_NAMES.find((section) => SECTION_ROUTES[section].collection === collection) ?? 'news'
}
