import type { ContentCollectionSlug } from '@/collections/slugs'
import type { EnquiryType } from '../constants/options'
import { areas } from './areas'
import { funds } from './funds'
import { industries } from './industries'
import { news } from './news'
import { projects } from './projects'
import { rcep } from './rcep'
import { SECTION_NAMES } from './names'
import { talent } from './talent'
import type { Fact, FactContext, Section, SectionDefinition } from './types'

export { isSection, SECTION_NAMES, sectionOf } from './names'
export type { Section, SectionDocument } from './types'

/**
 * The section registry: everything the portal knows about each public section (`/{locale}/{section}`).
 * A section's route facts are in ./routes.mjs, the rest in its own module here.
 */
export const SECTIONS: { [S in Section]: SectionDefinition<S> } = { industries, projects, funds, rcep, talent, areas, news }

/** The enquiry type of the section an investor is reading. */
export function enquiryTypeOf(section: Section): EnquiryType {
  return SECTIONS[section].enquiryType
}

/** Where an enquiry of a type looks for its subject: the collections of the sections asked about with it, in order. */
export function subjectCollectionsOf(type: EnquiryType): ContentCollectionSlug[] {
  return SECTION_NAMES.filter((section) => SECTIONS[section].enquiryType === type).map((section) => SECTIONS[section].collection)
}

/** The facts a card of a section shows (its `card` definition), read from the fields its card carries. */
export function cardFactsOf(section: Section, fields: Record<string, unknown> | null, context: FactContext): Fact[] {
  const card = SECTIONS[section].card
  if (!card || !fields) return []
  const facts = (SECTIONS[section].facts as (doc: unknown, context: FactContext) => Fact[])(fields, context)
  return card.facts.flatMap((labelKey) => facts.filter((fact) => fact.labelKey === labelKey))
}
