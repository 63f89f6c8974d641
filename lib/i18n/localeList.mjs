/**
 * The one list of locales. Payload's localization, next-intl's routing, the list rewrites, the messages
 * files and the sitemap all read it: adding a locale is one entry here plus `messages/<code>.json` (the build
 * writes its code into the literals of `proxy.ts`'s matchers: scripts/lib/proxy-matchers.ts).
 *
 * Plain JavaScript with JSDoc types, because `next.config.mjs` and `lib/lists/listRoutes.mjs` read it with
 * Node, unbundled; TypeScript code imports it through `./locales.ts`, which adds the `Locale` type.
 */
export const LOCALES = /** @type {const} */ ([
  { code: 'zh', label: '中文' },
  { code: 'en', label: 'English' },
  { code: 'ja', label: '日本語' },
  { code: 'ko', label: '한국어' },
])

/** @typedef {(typeof LOCALES)[number]['code']} Locale */

/** @type {Locale} */
export const DEFAULT_LOCALE = 'zh'

/** @type {Locale[]} */
export const LOCALE_CODES = LOCALES.map((locale) => locale.code)
