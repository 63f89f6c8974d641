import type { Access, AccessResult, FieldAccess } from 'payload'

import { isPartnerUser } from './partners'
import { hasRole } from './roles'

/** Officers and admins read every enquiry; a partner only those it submitted; nobody else any. */
export const canReadEnquiries: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  if (isPartnerUser(user)) return { partner: { equals: user.id } }
  return false
}

/** The idempotency key is for admins (the form matches retries in the intake, not here). */
export const canReadIdempotencyKey: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/**
 * Marks a Local API call made by the portal's enquiry form, after it validated and whitelisted the
 * visitor's fields. `req.context` is set only by server code, never by an HTTP request.
 */
export const ENQUIRY_FORM_CONTEXT = 'isEnquiryFormSubmission'

/**
 * Through the API only admins and partners create enquiries (a partner's are tied to it on the server);
 * anonymous visitors only through the portal's form. Field access still keeps status, assignee, notes,
 * partner and due date out of every create but an admin's.
 */
export const canCreateEnquiries: Access = ({ req: { user, context } }) =>
  hasRole(user, 'admin') || isPartnerUser(user) || (!user && context[ENQUIRY_FORM_CONTEXT] === true)
