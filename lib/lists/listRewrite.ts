import type { SearchParams } from '../filters'
import { isLocale } from '../i18n/locales'
import { isSection, type Section } from '../sections'

/**
 * A list page without filters (`/{locale}/projects`) is a cached page of its own. A filtered one is
 * rewritten by the proxy to an internal route under this segment:
 * - filters a visitor chooses (an industry, a stage, a page number) go to `/{locale}/lists/{section}/{filters}`,
 *   one cached page per canonical combination, refreshed when staff publish;
 * - what a visitor types (`q`, amounts) goes to `/{locale}/lists/{section}?…`, rendered per request, so
 *   the cache holds only combinations a visitor can click, not whatever is typed.
 */
export const INTERNAL_LIST_SEGMENT = 'lists'

const CHOICE_PARAMS: Record<Section, readonly string[]> = {
  projects: ['industry', 'area', 'stage', 'page'],
  funds: ['industry', 'type', 'page'],
  rcep: ['country', 'type', 'page'],
  talent: ['group', 'category', 'page'],
  news: ['category', 'page'],
  industries: ['page'],
  areas: ['page'],
}

const TYPED_PARAMS = ['q', 'min', 'max']

/** Every query parameter a list reads: the proxy sees a list request only when it has one of them. */
export const LIST_QUERY_PARAMS = [...new Set([...Object.values(CHOICE_PARAMS).flat(), ...TYPED_PARAMS])]

/** Whether a filter holds what a visitor typed rather than chose: such lists are neither cached as pages nor as data. */
export function isTypedFilter(param: string): boolean {
  return TYPED_PARAMS.includes(param)
}

/** Choices are slugs or codes; a page is a number. Anything else cannot match and is left out. */
const CHOICE_VALUE = /^[a-z0-9-]{1,64}$/i

const UNFILTERED = 'all'

/** The internal path (with its query, for typed filters) serving this public list URL, or null when it is not a list. */
export function internalListPath(pathname: string, searchParams: URLSearchParams): string | null {
  const [, locale, section, ...rest] = pathname.replace(/\/$/, '').split('/')
  if (rest.length > 0 || !isLocale(locale) || !section || !isSection(section)) return null
  if (TYPED_PARAMS.some((name) => searchParams.get(name)?.trim())) {
    return `/${locale}/${INTERNAL_LIST_SEGMENT}/${section}?${searchParams.toString()}`
  }
  const canonical = new URLSearchParams()
  for (const name of CHOICE_PARAMS[section]) {
    const value = searchParams.get(name)?.trim()
    if (value && CHOICE_VALUE.test(value) && !(name === 'page' && value === '1')) canonical.set(name, value.toLowerCase())
  }
  const filters = canonical.toString() || UNFILTERED
  return `/${locale}/${INTERNAL_LIST_SEGMENT}/${section}/${encodeURIComponent(filters)}`
}

/** Whether a path asks for the internal lists directly, which only the proxy's rewrite may reach. */
export function isInternalListPath(pathname: string): boolean {
  return pathname.split('/')[2] === INTERNAL_LIST_SEGMENT
}

/** The list parameters a cached list page was rendered for, from its path segment. */
export function listParamsOf(filters: string): SearchParams {
  // Encoded in the path; decoded once more in case the router handed it over as sent.
  const query = filters.includes('%') ? decodeURIComponent(filters) : filters
  if (query === UNFILTERED) return {}
  return Object.fromEntries(new URLSearchParams(query))
}
