import type { CollectionBeforeChangeHook } from 'payload'

import { isPartnerUser } from '../../../access/partners'
import { isStaffUser } from '../../../access/roles'
import type { EnquiryReply } from '../../../payload-types'

/**
 * A reply is signed by the account that sends it, whatever the request says: nobody sends as another
 * officer; a partner's (from its own area) is the partner's; what comes without an account (the investor's
 * page, whose key the access checked) is the investor's. An officer's name is kept on it as it is now, for
 * colleagues who may not read the officer's account.
 */
export const signReply: CollectionBeforeChangeHook<EnquiryReply> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const officer = isStaffUser(req.user) ? req.user : null
  return { ...data, from: officer ? 'officer' : isPartnerUser(req.user) ? 'partner' : 'investor', author: officer?.id ?? null, senderName: officer?.name?.trim() || null }
}
