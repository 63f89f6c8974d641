import type { CollectionBeforeChangeHook } from 'payload'

import { addBusinessDays } from '../../../lib/dates/businessDays'
import { replyBusinessDays } from '../../../lib/enquiries/replyDeadline'
import type { Enquiry } from '../../../payload-types'

/**
 * A new enquiry is due the configured number of business days after it arrives. Only an admin may set
 * another date on creation (field access); the public and partners never can.
 */
export const setReplyDeadline: CollectionBeforeChangeHook<Enquiry> = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.dueAt) return data
  const businessDays = await replyBusinessDays(req)
  return { ...data, dueAt: addBusinessDays({ from: new Date(), businessDays }).toISOString() }
}
