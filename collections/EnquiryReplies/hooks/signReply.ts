import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '../../../access/roles'
import type { EnquiryReply } from '../../../payload-types'

/** A reply is signed by the account that sends it, whatever the request says: nobody sends as another officer. */
export const signReply: CollectionBeforeChangeHook<EnquiryReply> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, author: isStaffUser(req.user) ? req.user.id : null }
}
