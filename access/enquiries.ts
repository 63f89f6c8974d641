import type { Access, AccessResult } from 'payload'

import { isPartnerUser } from './partners'
import { hasRole } from './roles'

/** Officers and admins read every enquiry; a partner only those it submitted; nobody else any. */
export const canReadEnquiries: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  if (isPartnerUser(user)) return { partner: { equals: user.id } }
  return false
}

/**
 * Marks a Local API call made by the portal's enquiry form, after it validated and whitelisted the
 * visitor's fields. `req.context` is set only by server code, never by an HTTP request.
 */
export const ENQUIRY_FORM_CONTEXT = 'isEnquiryFormSubmission'

/**
 * Through the API only admins create enquiries. Visitors and signed-in partners go through the portal's
 * form (`submitEnquiry`), whose validation, rate limit and idempotency every submission passes: a
 * partner's REST `POST /api/enquiries` would skip them, so it is refused. Field access still keeps status,
 * assignee, notes, partner and due date out of every create but an admin's.
 */
export const canCreateEnquiries: Access = ({ req: { user, context } }) =>
  hasRole(user, 'admin') || (context[ENQUIRY_FORM_CONTEXT] === true && (!user || isPartnerUser(user)))
