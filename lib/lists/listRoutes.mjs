// Which query parameters each list reads, and the rewrites that send a filtered list to its internal
// route. Plain JavaScript: next.config.mjs reads it with Node, unbundled.
//
// A list page without filters (`/{locale}/projects`) is a cached page of its own. A filtered one goes to
// an internal route under `lists`, by a rewrite in next.config.mjs, which Next resolves without running
// the proxy (the proxy cost two thirds of a cached filtered list's throughput):
// - filters a visitor chooses (an industry, a stage, a page number) go to `/{locale}/lists/{section}/{filters}`,
//   one cached page per combination, the parameters always in the same order, refreshed when staff publish;
// - what a visitor types (`q`, amounts) goes to `/{locale}/lists/{section}?…`, rendered per request, so
//   the cache holds only combinations a visitor can click, not whatever is typed.

import { LOCALE_CODES } from '../i18n/localeList.mjs'
import { SECTION_ROUTES, TYPED_PARAMS } from '../sections/routes.mjs'

export { TYPED_PARAMS }

export const INTERNAL_LIST_SEGMENT = 'lists'

/**
 * The shape of a value that can name something: a slug or a code, or a page after the first. A value of
 * any other shape is as if absent, and the list is shown without it. Case is kept: a country's code is
 * upper case (the list redirects another case to it).
 */
const CHOICE_VALUE = '[A-Za-z0-9-]{1,64}'
const PAGE_VALUE = '[2-9]|[1-9][0-9]{1,4}'
const valueOf = (/** @type {string} */ param) => (param === 'page' ? PAGE_VALUE : CHOICE_VALUE)

/** Anything but blanks: a keyword of spaces is no keyword. */
const TYPED_VALUE = '[\\s\\S]*\\S[\\s\\S]*'

/** The filters part of an internal path when nothing is chosen; the public list itself serves that. */
export const UNFILTERED = 'all'

/** Every non-empty subset of the list's choices, each in the list's order. */
function combinations(/** @type {readonly string[]} */ params) {
  /** @type {string[][]} */
  const subsets = []
  for (let mask = 1; mask < 1 << params.length; mask++) subsets.push(params.filter((_, index) => mask & (1 << index)))
  return subsets
}

/** @typedef {{ type: 'query'; key: string; value: string }} QueryCondition */
/** @typedef {{ source: string; destination: string; has?: QueryCondition[]; missing?: QueryCondition[] }} ListRewrite */

/**
 * The rewrites, to run before Next looks for a page (`beforeFiles`). A list with a typed filter goes to
 * the per-request route with its whole query. Otherwise one rule per combination of choices: the
 * combination present with the right shapes and none of the others, its values in the path.
 * @returns {ListRewrite[]}
 */
export function listRewrites() {
  // Made here rather than at the module's top: the bundler keeps a top-level expression it cannot prove
  // pure, and the browser's code imports this module (through lib/compare/compareRoutes.mjs) for a constant.
  const LOCALE_PATTERN = `(${LOCALE_CODES.join('|')})`
  const SECTION_PATTERN = `(${Object.keys(SECTION_ROUTES).join('|')})`
  const present = (/** @type {string} */ key, /** @type {string} */ value) => ({ type: /** @type {const} */ ('query'), key, value })
  const typed = TYPED_PARAMS.map((param) => ({
    source: `/:locale${LOCALE_PATTERN}/:section${SECTION_PATTERN}`,
    has: [present(param, TYPED_VALUE)],
    destination: `/:locale/${INTERNAL_LIST_SEGMENT}/:section`,
  }))
  const chosen = Object.entries(SECTION_ROUTES).flatMap(([section, { choiceParams: params }]) =>
    combinations(params).map((subset) => ({
      source: `/:locale${LOCALE_PATTERN}/${section}`,
      has: subset.map((param) => present(param, `(?<${param}>${valueOf(param)})`)),
      missing: [
        ...params.filter((param) => !subset.includes(param)).map((param) => present(param, `(?:${valueOf(param)})`)),
        ...TYPED_PARAMS.map((param) => present(param, TYPED_VALUE)),
      ],
      destination: `/:locale/${INTERNAL_LIST_SEGMENT}/${section}/${subset.map((param) => `${param}=:${param}`).join('&')}`,
    })),
  )
  return [...typed, ...chosen]
}
