import type { Access } from 'payload'

import { isPartnerUser } from './partners'
import { hasRole } from './roles'

/** Officers and admins read every enquiry; a partner only those it submitted; nobody else any. */
export const canReadEnquiries: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  if (isPartnerUser(user)) return { partner: { equals: user.id } }
  return false
}

/**
 * Through the API only admins and partners create enquiries (a partner's are tied to it on the server).
 * The public form creates them in the portal's own server code, which validates and whitelists every field.
 */
export const canCreateEnquiries: Access = ({ req: { user } }) => hasRole(user, 'admin') || isPartnerUser(user)
