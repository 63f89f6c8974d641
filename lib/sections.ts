import { COLLECTION_SLUGS, type ContentCollectionSlug } from '@/collections/slugs'

/** The portal's URL sections (`/{locale}/{section}`) and the collection each one shows. */
export const SECTIONS = {
  industries: COLLECTION_SLUGS.industries,
  projects: COLLECTION_SLUGS.projects,
  funds: COLLECTION_SLUGS.funds,
  rcep: COLLECTION_SLUGS.rcepServices,
  talent: COLLECTION_SLUGS.talentPolicies,
  areas: COLLECTION_SLUGS.areas,
  news: COLLECTION_SLUGS.news,
} as const satisfies Record<string, ContentCollectionSlug>

export type Section = keyof typeof SECTIONS

export const SECTION_NAMES = Object.keys(SECTIONS) as Section[]

export function isSection(value: string): value is Section {
  return Object.hasOwn(SECTIONS, value)
}

export function sectionOf(collection: ContentCollectionSlug): Section {
  return SECTION_NAMES.find((section) => SECTIONS[section] === collection) ?? 'news'
}
