import type { CollectionBeforeChangeHook } from 'payload'

import { nextEnquiryReference } from '../../../lib/enquiries/reference'

/** Every new enquiry, whoever creates it, gets the next reference; nobody chooses their own. */
export const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, reference: await nextEnquiryReference(req) }
}
