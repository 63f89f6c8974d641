import type { SearchParams } from '../filters'
import { CHOICE_PARAMS, INTERNAL_LIST_SEGMENT, TYPED_PARAMS } from './listRewriteRules.mjs'

export { INTERNAL_LIST_SEGMENT }

/** Every query parameter a list reads. */
export const LIST_QUERY_PARAMS = [...new Set([...Object.values(CHOICE_PARAMS).flat(), ...TYPED_PARAMS])]

/** Whether a filter holds what a visitor typed rather than chose: such lists are neither cached as pages nor as data. */
export function isTypedFilter(param: string): boolean {
  return TYPED_PARAMS.includes(param)
}

/** Whether a path asks for the internal lists directly, which only the rewrites may reach. */
export function isInternalListPath(pathname: string): boolean {
  return pathname.split('/')[2] === INTERNAL_LIST_SEGMENT
}

/** The list parameters a cached list page was rendered for, from its path segment (`industry=finance&stage=operating`). */
export function listParamsOf(filters: string): SearchParams {
  // Decoded once more in case the router handed the segment over as sent.
  return Object.fromEntries(new URLSearchParams(filters.includes('%') ? decodeURIComponent(filters) : filters))
}
