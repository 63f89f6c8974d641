import type { Access, AccessResult, FieldAccess } from 'payload'

import { COLLECTION_SLUGS } from '../collections/slugs'
import { CLOSED_STATUSES } from '../lib/constants/options'
import { isInvestorKey } from '../lib/enquiries/investorKey'
import { relationId } from '../lib/relationId'
import { isPartnerUser } from './partners'
import { hasRole } from './roles'

/**
 * Marks a Local API read made by an enquiry's private page for the visitor holding its key:
 * `{ reference, key }` as the visitor sent them. `req.context` is set only by server code, never by an
 * HTTP request; the key is checked here, so a wrong one reads nothing.
 */
export const INVESTOR_PAGE_CONTEXT = 'investorPageKey'

type InvestorGrant = { reference: string; key: string }

export function investorGrantOf(context: Record<string, unknown>, contextKey: string = INVESTOR_PAGE_CONTEXT): InvestorGrant | null {
  const grant = context[contextKey] as Partial<InvestorGrant> | undefined
  if (typeof grant?.reference !== 'string' || !isInvestorKey(grant.reference, grant.key)) return null
  return { reference: grant.reference, key: grant.key }
}

/**
 * Officers and admins read every enquiry; a partner only those it submitted; a visitor with an enquiry's
 * private key that one enquiry (and of it only the fields open to the public); nobody else any.
 */
export const canReadEnquiries: Access = ({ req: { user, context } }): AccessResult => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  if (isPartnerUser(user)) return { partner: { equals: user.id } }
  const grant = user ? null : investorGrantOf(context)
  if (grant) return { reference: { equals: grant.reference } }
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

/**
 * Officers and admins write replies; a visitor with an enquiry's private key writes one to that enquiry
 * only, and a partner to the enquiries it sent (the reply's own hooks then mark whose it is).
 */
export const canCreateEnquiryReplies: Access = async ({ req, data }) => {
  const { user, context } = req
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  const enquiryId = Number((data as { enquiry?: unknown } | undefined)?.enquiry)
  if (!Number.isInteger(enquiryId)) return false
  const readEnquiry = () => req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, depth: 0, select: { reference: true, partner: true }, req, disableErrors: true })
  if (isPartnerUser(user)) return relationId((await readEnquiry())?.partner) === user.id
  const grant = user ? null : investorGrantOf(context)
  if (!grant) return false
  return (await readEnquiry())?.reference === grant.reference
}

/**
 * Officers and admins read every reply; a visitor with an enquiry's private key the replies to that
 * enquiry; a partner the replies to the enquiries it sent.
 */
export const canReadEnquiryReplies: Access = ({ req: { user, context } }): AccessResult => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  if (isPartnerUser(user)) return { 'enquiry.partner': { equals: user.id } }
  const grant = user ? null : investorGrantOf(context)
  if (grant) return { 'enquiry.reference': { equals: grant.reference } }
  return false
}

/** What a visitor holding an enquiry's key may change of it: their answer to the follow-up, once it is closed. */
const INVESTOR_WRITABLE_FIELDS = new Set(['satisfaction'])

/**
 * Officers and admins update enquiries (field access narrows what each may change); a visitor with an
 * enquiry's private key may only record their answer to the follow-up, on that enquiry, once it is closed.
 */
export const canUpdateEnquiries: Access = ({ req: { user, context }, data }): AccessResult => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  const grant = user ? null : investorGrantOf(context)
  const fields = Object.keys((data as Record<string, unknown> | undefined) ?? {})
  if (!grant || fields.length === 0 || !fields.every((field) => INVESTOR_WRITABLE_FIELDS.has(field))) return false
  return { and: [{ reference: { equals: grant.reference } }, { status: { in: [...CLOSED_STATUSES] } }] }
}

/** The follow-up's answer is the investor's own: written only through their key, never by staff. */
export const canInvestorAnswer: FieldAccess = ({ req: { user, context } }) => !user && investorGrantOf(context) !== null

/** Officers and admins read the follow-up's answer; the investor reads their own on their page. */
export const canReadInvestorAnswer: FieldAccess = ({ req: { user, context } }) =>
  hasRole(user, 'admin') || hasRole(user, 'officer') || (!user && investorGrantOf(context) !== null)
