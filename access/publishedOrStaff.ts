import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read drafts; everyone else, partners included, only what is published. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * For content, whose locales are published each on its own (`localizeStatus`): staff read drafts; everyone
 * else only what is published in the locale they read, as `_status` is matched in the request's locale. A
 * locale that is not published is not found in it, whatever its stored texts; nor is anything read in all
 * locales at once, which would hand out the unpublished locales with the published.
 */
export const publishedInLocaleOrStaff: Access = ({ req: { user, locale } }) => {
  if (isStaffUser(user)) return true
  if (locale === 'all') return false
  return { _status: { equals: 'published' } }
}
