// The address of a detail page in a currency the reader chose without JavaScript,
// `/{locale}/{section}/{slug}?currency=EUR`, and the rewrite that sends it to its cached internal route.
// Plain JavaScript: next.config.mjs reads it with Node, unbundled, and the chooser's client code reads it.
//
// With JavaScript the chooser keeps the choice in the browser and rewrites the amounts of the page the
// server rendered in the locale's default (components/currency/): every reader of a locale gets the same
// bytes. Without it, the chooser is a GET form; its answer goes to `/{locale}/lists/currency/{code}/{section}/{slug}`
// (an internal path, like the filtered lists': the proxy answers it not found when asked for directly),
// one cached page per currency, the currencies bounded to the portal's list (any other code is not found).

import { LOCALE_CODES } from '../i18n/localeList.mjs'
import { INTERNAL_LIST_SEGMENT } from '../lists/listRoutes.mjs'
import { SECTION_ROUTES } from '../sections/routes.mjs'
import { CURRENCY_PARAM, RMB_ONLY } from './currencyParams.mjs'

export { CURRENCY_PARAM, RMB_ONLY }

/** The internal route's segment under the internal lists. */
export const CURRENCY_SEGMENT = 'currency'

/** @returns {import('../lists/listRoutes.mjs').ListRewrite} */
export function currencyRewrite() {
  return {
    source: `/:locale(${LOCALE_CODES.join('|')})/:section(${Object.keys(SECTION_ROUTES).join('|')})/:slug`,
    has: [{ type: /** @type {const} */ ('query'), key: CURRENCY_PARAM, value: '(?<currency>[A-Z]{3})' }],
    destination: `/:locale/${INTERNAL_LIST_SEGMENT}/${CURRENCY_SEGMENT}/:currency/:section/:slug`,
  }
}
