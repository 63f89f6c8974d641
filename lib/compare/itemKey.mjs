// An item's key, `section:slug`, as the shortlist keeps it and a comparison's address names it. Apart from
// compareRoutes.mjs, which re-exports it, so that the shortlist's browser code carries the section names
// and nothing else of the rewrites (the locales, the lists' routes).

import { SECTION_ROUTES } from '../sections/routes.mjs'

/** One item: a section and a slug in the collections' own shape, `projects:qilu-hospital-phase-2`. */
export const ITEM = `(?:${Object.keys(SECTION_ROUTES).join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*`

/** An item's key, as it appears in the address and in the browser's shortlist. */
export const ITEM_PATTERN = new RegExp(`^${ITEM}$`)
