import type { SearchParams } from '../sections/filters'
import { INTERNAL_LIST_SEGMENT, TYPED_PARAMS, UNFILTERED } from './listRoutes.mjs'

export { INTERNAL_LIST_SEGMENT }

/** Whether a filter holds what a visitor typed rather than chose: such lists are neither cached as pages nor as data. */
export function isTypedFilter(param: string): boolean {
  return (TYPED_PARAMS as readonly string[]).includes(param)
}

/** The list parameters a cached list page was rendered for, from its path segment (`industry=finance&page=2`). */
export function listParamsOf(filters: string): SearchParams {
  // The router may hand the segment over encoded or as sent.
  const query = filters.includes('%') ? decodeURIComponent(filters) : filters
  if (query === UNFILTERED) return {}
  return Object.fromEntries(new URLSearchParams(query))
}
