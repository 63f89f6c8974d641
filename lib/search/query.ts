import type { SearchParams } from '../sections/filters'
import { isSection, type Section } from '../sections'

/** Longer queries are cut here: nobody types more, and every character costs index lookups. */
export const MAX_QUERY_LENGTH = 100

export type SearchRequest = {
  /** What the visitor typed, trimmed, spaces collapsed and cut to MAX_QUERY_LENGTH characters. */
  query: string
  isClipped: boolean
  /** Only this section's results, all of them, when the visitor asked for one group. */
  section: Section | null
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** The search page's parameters from its URL; anything malformed is ignored, never an error. */
export function parseSearchRequest(params: SearchParams): SearchRequest {
  const typed = first(params.q).replace(/\s+/g, ' ').trim()
  const characters = Array.from(typed)
  const isClipped = characters.length > MAX_QUERY_LENGTH
  const query = isClipped ? characters.slice(0, MAX_QUERY_LENGTH).join('').trim() : typed
  const type = first(params.type)
  return { query, isClipped, section: isSection(type) ? type : null }
}
