import { parsePage, type SearchParams } from '../filters'
import type { Section } from '../sections'

/**
 * The canonical path of a list page, without the locale. Filtered views are the same list narrowed down,
 * so their canonical drops the filters and search engines gather them on the list itself; the page number
 * stays, because page 2 shows other documents than page 1.
 */
export function listPath(section: Section, searchParams: SearchParams): string {
  const page = parsePage(searchParams)
  return page > 1 ? `/${section}?page=${page}` : `/${section}`
}
