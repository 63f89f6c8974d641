// The route-level facts of every public section: its URL segment, its collection and the choices its
// list reads. Plain JavaScript with JSDoc types, because next.config.mjs (through lib/lists/listRoutes.mjs)
// and the e2e tests read it unbundled; the TypeScript registry (lib/sections/index.ts) builds on it.

/**
 * @typedef {object} SectionRoute
 * @property {string} collection The Payload collection the section shows; its seed data is in scripts/seed/data/{collection}.
 * @property {readonly string[]} choiceParams The choices its list reads, in the order they take in an internal path.
 */

/** The portal's URL sections (`/{locale}/{section}`), in the order the header and the sitemap show them. */
export const SECTION_ROUTES = /** @type {const} @satisfies {Record<string, SectionRoute>} */ ({
  industries: { collection: 'industries', choiceParams: ['page'] },
  projects: { collection: 'projects', choiceParams: ['industry', 'area', 'stage', 'page'] },
  funds: { collection: 'funds', choiceParams: ['industry', 'type', 'page'] },
  rcep: { collection: 'rcep-services', choiceParams: ['country', 'type', 'page'] },
  talent: { collection: 'talent-policies', choiceParams: ['group', 'category', 'page'] },
  areas: { collection: 'areas', choiceParams: ['page'] },
  news: { collection: 'news', choiceParams: ['category', 'page'] },
})

/** What a visitor types rather than chooses, in every section's list: such a list is rendered per request. */
export const TYPED_PARAMS = /** @type {const} */ (['q', 'min', 'max'])
