// The address of a comparison, `/{locale}/compare?items=projects:a,areas:b`, and the rewrite that sends a
// well-formed one to its cached internal route. Plain JavaScript: next.config.mjs reads it with Node,
// unbundled. The shortlist's client code reads the item's key from itemKey.mjs.
//
// A comparison whose items all have the right shape goes to `/{locale}/lists/compare/{items}` (an internal
// path, like the filtered lists': the proxy answers it not found when asked for directly), one cached page
// per list of items, refreshed when staff publish. That page redirects to the per-request
// `/{locale}/compare?…&dropped=…` when an item is unknown or unpublished, since a redirect is never cached
// (lib/cache/storable.mjs): the cache holds only comparisons of documents that exist.

import { LOCALE_CODES } from '../i18n/localeList.mjs'
import { INTERNAL_LIST_SEGMENT } from '../lists/listRoutes.mjs'
import { ITEM, ITEM_PATTERN } from './itemKey.mjs'

export { ITEM_PATTERN }

/** The most items a comparison shows side by side: more columns no longer read as a table. */
export const MAX_COMPARED_ITEMS = 6

/** The query parameter of a comparison's items, and the one the cached page sets when it dropped some. */
export const ITEMS_PARAM = 'items'
export const DROPPED_PARAM = 'dropped'

/** The internal route's segment under the internal lists. */
export const COMPARE_SEGMENT = 'compare'


/** The address of the comparison of items (their keys, `section:slug`), in their order. */
export function compareHref(/** @type {string} */ locale, /** @type {readonly string[]} */ keys) {
  return keys.length > 0 ? `/${locale}/compare?${ITEMS_PARAM}=${keys.join(',')}` : `/${locale}/compare`
}

/** @returns {import('../lists/listRoutes.mjs').ListRewrite} */
export function compareRewrite() {
  return {
    source: `/:locale(${LOCALE_CODES.join('|')})/compare`,
    has: [{ type: /** @type {const} */ ('query'), key: ITEMS_PARAM, value: `(?<items>${ITEM}(?:,${ITEM}){0,${MAX_COMPARED_ITEMS - 1}})` }],
    missing: [{ type: /** @type {const} */ ('query'), key: DROPPED_PARAM, value: '[\\s\\S]*' }],
    destination: `/:locale/${INTERNAL_LIST_SEGMENT}/${COMPARE_SEGMENT}/:items`,
  }
}
