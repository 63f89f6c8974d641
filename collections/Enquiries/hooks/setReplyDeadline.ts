import type { CollectionBeforeChangeHook } from 'payload'

import { replyDeadline } from '../../../lib/enquiries/replyDeadline'
import type { Enquiry } from '../../../payload-types'

/**
 * A new enquiry is due the configured number of business days after it arrives, on the site's working
 * calendar (holidays skipped, make-up days counted). Only an admin may set another date on creation
 * (field access); the public and partners never can.
 */
export const setReplyDeadline: CollectionBeforeChangeHook<Enquiry> = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.dueAt) return data
  return { ...data, dueAt: (await replyDeadline(req, new Date())).toISOString() }
}
