// The currency choice's names, which browser code reads: a module that imports nothing, so that a page's
// JavaScript does not carry the rewrite's tables (the locales, the sections) with them. currencyRoutes.mjs
// re-exports them beside the rewrite.

/** The query parameter of the reader's currency. */
export const CURRENCY_PARAM = 'currency'

/** The choice of no conversion: amounts in RMB alone. */
export const RMB_ONLY = 'CNY'
