import type { CollectionBeforeChangeHook } from 'payload'

import { ENQUIRY_INTAKE_REFERENCE_CONTEXT, nextEnquiryReference } from '../../../lib/enquiries/reference'

/**
 * Every new enquiry, whoever creates it, gets the next reference; nobody chooses their own. A form
 * submission brings the one its intake drew when it was accepted (server context, out of any request's reach).
 */
export const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const accepted = req.context[ENQUIRY_INTAKE_REFERENCE_CONTEXT]
  return { ...data, reference: typeof accepted === 'string' ? accepted : await nextEnquiryReference(req) }
}
