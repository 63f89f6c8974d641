/** Collection and global slugs: the URLs, the API and relationships all use these constants. */
export const COLLECTION_SLUGS = {
  industries: 'industries',
  projects: 'projects',
  funds: 'funds',
  rcepServices: 'rcep-services',
  talentPolicies: 'talent-policies',
  areas: 'areas',
  news: 'news',
  enquiries: 'enquiries',
  media: 'media',
  users: 'users',
  partners: 'partners',
  outbox: 'outbox',
} as const

/** The public content: published documents of these are what the portal shows. */
export const CONTENT_COLLECTION_SLUGS = [
  COLLECTION_SLUGS.industries,
  COLLECTION_SLUGS.projects,
  COLLECTION_SLUGS.funds,
  COLLECTION_SLUGS.rcepServices,
  COLLECTION_SLUGS.talentPolicies,
  COLLECTION_SLUGS.areas,
  COLLECTION_SLUGS.news,
] as const

export type ContentCollectionSlug = (typeof CONTENT_COLLECTION_SLUGS)[number]

export const GLOBAL_SLUGS = {
  site: 'site',
  home: 'home',
} as const
