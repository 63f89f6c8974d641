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

/** The sections readers can follow by e-mail (`/{locale}/alerts`), in the registry's order. */
export const ALERT_SECTIONS = SECTION_NAMES.filter((section) => SECTIONS[section].alert !== undefined)

export function isAlertSection(value: unknown): value is Section {
  return typeof value === 'string' && (ALERT_SECTIONS as string[]).includes(value)
}

/**
 * The ids of the industries a document of an alert section names, by the field its `alert` definition
 * gives; empty when it names none (a story, a policy open to every industry), which interests every reader.
 */
export function alertIndustryIdsOf(section: Section, doc: Record<string, unknown>): number[] {
  const field = (SECTIONS[section].alert as { industriesField?: string } | undefined)?.industriesField
  const value = field ? doc[field] : undefined
  const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return values.flatMap((entry) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : entry
    return typeof id === 'number' ? [id] : []
  })
}

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
