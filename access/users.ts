import type { Access, AccessResult, CollectionAfterReadHook, FieldAccess, Where } from 'payload'

import { COLLECTION_SLUGS } from '../collections/slugs'
import { relationId } from '../lib/relationId'
import { investorGrantOf } from './enquiries'
import { isPartnerUser } from './partners'
import { hasRole, isStaffUser } from './roles'
import type { User } from '../payload-types'

/**
 * Marks the one Local API read by which an enquiry's private page finds its officer: `{ reference, key }`
 * as the visitor sent them. A mark of its own, not the page's: what the server reads for itself while
 * handling that visitor (an officer's address, to tell them of a reply) must not be cut to the public view.
 */
export const INVESTOR_OFFICER_CONTEXT = 'investorOfficerKey'

/**
 * Marks the one Local API read by which a signed-in partner's page finds the officer of one of its
 * enquiries: the enquiry's reference. The partner's own session decides whether that enquiry is theirs.
 */
export const PARTNER_OFFICER_CONTEXT = 'partnerOfficerReference'

/** The enquiry whose officer this read is for: its reference and the condition that it is the reader's. */
function officerGrantOf(user: unknown, context: Record<string, unknown>): Where | null {
  if (isPartnerUser(user)) {
    const reference = context[PARTNER_OFFICER_CONTEXT]
    return typeof reference === 'string' ? { and: [{ reference: { equals: reference } }, { partner: { equals: user.id } }] } : null
  }
  const grant = user ? null : investorGrantOf(context, INVESTOR_OFFICER_CONTEXT)
  return grant ? { reference: { equals: grant.reference } } : null
}

/**
 * Admins read every staff account, other staff their own, and a visitor holding an enquiry's private key,
 * or the partner that sent it, the officer assigned to that enquiry (whose e-mail and roles are still
 * hidden): the investor and the partner see who answers them. Nobody else reads any.
 */
export const canReadStaffUsers: Access = async ({ req }): Promise<AccessResult> => {
  const { user, context } = req
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  const enquiryWhere = officerGrantOf(user, context)
  if (!enquiryWhere) return false
  const { docs } = await req.payload.find({
    collection: COLLECTION_SLUGS.enquiries,
    where: enquiryWhere,
    select: { assignee: true },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  // Nobody assigned yet: a query that finds no account, rather than a refusal the page would have to catch.
  const assigneeId = relationId(docs[0]?.assignee)
  return { id: { equals: assigneeId ?? 0 } }
}

/** A staff account's sign-in address and roles are for staff only, never for an investor shown their officer. */
export const isStaffReader: FieldAccess = ({ req: { user } }) => isStaffUser(user)

/**
 * The sign-in address is the one field of an account that Payload defines itself (so field access cannot
 * be set on it without a second e-mail input on the admin's forms): a read made for an investor's or a
 * partner's page never carries it. Everyone else who may read an account is staff (canReadStaffUsers).
 */
export const hideSignInFromInvestors: CollectionAfterReadHook<User> = ({ doc, req: { user, context } }) => {
  if (isStaffUser(user) || officerGrantOf(user, context) === null) return doc
  const shown: Partial<User> = { ...doc }
  delete shown.email
  return shown as User
}
