import { parsePage, type SearchParams } from '../sections/filters'
import type { Section } from '../sections'

function hasFilters(searchParams: SearchParams): boolean {
  return Object.entries(searchParams).some(([name, value]) => name !== 'page' && [value].flat().some((text) => text?.trim()))
}

/**
 * The canonical path of a list page, without the locale. A filtered view is the list narrowed down, so its
 * canonical is the plain list, where search engines gather it; the pages of the plain list keep their
 * number, because page 2 shows other documents than page 1.
 */
export function listPath(section: Section, searchParams: SearchParams): string {
  const page = parsePage(searchParams)
  return page > 1 && !hasFilters(searchParams) ? `/${section}?page=${page}` : `/${section}`
}
