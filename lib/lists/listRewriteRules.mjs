/**
 * Where a filtered list is served from, as rewrites in next.config.mjs: Next's router applies them
 * before it looks for a page, so a filtered list costs no proxy run.
 * - Filters a visitor chooses (an industry, a stage, a page number) go to
 *   `/{locale}/lists/{section}/{filters}`, one cached page per combination, refreshed when staff publish.
 *   `{filters}` names them in a fixed order, so the order of the URL's parameters makes no new page.
 * - What a visitor types (`q`, amounts) goes to `/{locale}/lists/{section}?…`, rendered per request, so
 *   the cache holds only combinations a visitor can click, not whatever is typed.
 * A list without any of them (`/{locale}/projects`) is a cached page of its own and is not rewritten.
 */
export const INTERNAL_LIST_SEGMENT = 'lists'

/** The choices each list reads, in the order they are named in `{filters}`. */
export const CHOICE_PARAMS = {
  projects: ['industry', 'area', 'stage', 'page'],
  funds: ['industry', 'type', 'page'],
  rcep: ['country', 'type', 'page'],
  talent: ['group', 'category', 'page'],
  news: ['category', 'page'],
  industries: ['page'],
  areas: ['page'],
}

export const TYPED_PARAMS = ['q', 'min', 'max']

/**
 * What a choice can look like: a slug or a code, or a page number past the first. Anything else cannot
 * name a choice and counts as absent, and page 1 is the list itself. Values that look right but name
 * nothing are redirected away by the page (components/pages/SectionListPage.tsx).
 */
const CHOICE_VALUE = { page: '[2-9]|[1-9][0-9]{1,4}', other: '[A-Za-z0-9-]{1,64}' }

/** A typed filter counts once it holds more than blanks (a submitted form sends its empty fields). */
const TYPED_VALUE = '[\\s\\S]*\\S[\\s\\S]*'

const LOCALE = ':locale([a-z]{2})'

/** @param {string} param */
const choiceValue = (param) => (param === 'page' ? CHOICE_VALUE.page : CHOICE_VALUE.other)

/**
 * @template T
 * @param {readonly T[]} items
 * @returns {T[][]} every non-empty subset, each in the items' order
 */
function subsets(items) {
  return items.reduce((all, item) => [...all, ...all.map((subset) => [...subset, item])], /** @type {T[][]} */ ([[]])).slice(1)
}

/** @returns {import('next/dist/lib/load-custom-routes').Rewrite[]} */
export function listRewrites() {
  const anyTyped = TYPED_PARAMS.map((param) => ({ type: /** @type {const} */ ('query'), key: param, value: TYPED_VALUE }))
  const typed = Object.keys(CHOICE_PARAMS).flatMap((section) =>
    anyTyped.map((condition) => ({
      source: `/${LOCALE}/${section}`,
      has: [condition],
      destination: `/:locale/${INTERNAL_LIST_SEGMENT}/${section}`,
    })),
  )
  // One rule per combination of choices, exact: the others must be absent and nothing typed.
  const chosen = Object.entries(CHOICE_PARAMS).flatMap(([section, params]) =>
    subsets(params).map((present) => ({
      source: `/${LOCALE}/${section}`,
      has: present.map((param) => ({ type: /** @type {const} */ ('query'), key: param, value: `(?<${param}>${choiceValue(param)})` })),
      missing: [
        ...params.filter((param) => !present.includes(param)).map((param) => ({ type: /** @type {const} */ ('query'), key: param, value: choiceValue(param) })),
        ...anyTyped,
      ],
      destination: `/:locale/${INTERNAL_LIST_SEGMENT}/${section}/${present.map((param) => `${param}=:${param}`).join('&')}`,
    })),
  )
  return [...typed, ...chosen]
}
