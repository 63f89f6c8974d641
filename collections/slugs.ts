import { SECTION_ROUTES } from '../lib/sections/routes.mjs'

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
  enquiryReplies: 'enquiry-replies',
  replyTemplates: 'reply-templates',
  media: 'media',
  users: 'users',
  partners: 'partners',
  outbox: 'outbox',
  meetingSlots: 'meeting-slots',
  meetingBookings: 'meeting-bookings',
  alertSubscribers: 'alert-subscribers',
} as const

export type ContentCollectionSlug = (typeof SECTION_ROUTES)[keyof typeof SECTION_ROUTES]['collection']

/** The public content, one collection per section of the registry (lib/sections): published documents of these are what the portal shows. */
export const CONTENT_COLLECTION_SLUGS: readonly ContentCollectionSlug[] = Object.values(SECTION_ROUTES).map((route) => route.collection)

export const GLOBAL_SLUGS = {
  site: 'site',
  home: 'home',
  living: 'living',
} as const

/** A global the portal shows (globals/publishedGlobal.ts), not Payload's own. */
export type PortalGlobalSlug = (typeof GLOBAL_SLUGS)[keyof typeof GLOBAL_SLUGS]
