import type { CollectionBeforeChangeHook } from 'payload'

import { isPartnerUser } from '../../../access/partners'

/** A partner's enquiry is tied to the partner who sent it, whatever the request said. */
export const assignPartner: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !isPartnerUser(req.user)) return data
  return { ...data, partner: req.user.id }
}
