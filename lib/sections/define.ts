import type { CollectionSlug } from 'payload'

import { SECTION_ROUTES } from './routes.mjs'
import type { Section, SectionDefinition } from './types'

/** The plain route facts, checked: each names a collection of the Payload config. */
const ROUTES = SECTION_ROUTES satisfies Record<string, { collection: CollectionSlug; choiceParams: readonly string[] }>

/** A section's definition, its collection and route read from lib/sections/routes.mjs. */
export function defineSection<S extends Section>(name: S, definition: Omit<SectionDefinition<S>, 'name' | 'collection'>): SectionDefinition<S> {
  return { name, collection: ROUTES[name].collection, ...definition }
}
