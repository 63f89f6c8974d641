import type { Access, AccessResult } from 'payload'

import { COLLECTION_SLUGS } from '../collections/slugs'
import { investorGrantOf } from './enquiries'
import { hasRole } from './roles'

const isOfficerOrAdminUser = (user: unknown) => hasRole(user, 'admin') || hasRole(user, 'officer')

/**
 * Officers and admins read every slot; a visitor holding an enquiry's private key (its page's read, see
 * access/enquiries.ts) the slots still to come, to pick one. Nobody else reads any: REST and GraphQL
 * carry no key, so the public reads nothing.
 */
export const canReadMeetingSlots: Access = ({ req: { user, context } }): AccessResult => {
  if (isOfficerOrAdminUser(user)) return true
  if (!user && investorGrantOf(context)) return { startsAt: { greater_than: new Date().toISOString() } }
  return false
}

/** An admin changes any slot; an officer only their own. */
export const canChangeMeetingSlots: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'officer') && user) return { officer: { equals: user.id } }
  return false
}

/** Officers and admins read every booking; a visitor holding an enquiry's key the bookings of that enquiry. */
export const canReadMeetingBookings: Access = ({ req: { user, context } }): AccessResult => {
  if (isOfficerOrAdminUser(user)) return true
  const grant = user ? null : investorGrantOf(context)
  if (grant) return { 'enquiry.reference': { equals: grant.reference } }
  return false
}

/**
 * A meeting is booked by the investor, with their enquiry's key and for that enquiry only, or by an admin.
 * (The booking's own hooks check the slot and the enquiry; its unique columns stop a second booking.)
 */
export const canCreateMeetingBookings: Access = async ({ req, data }) => {
  const { user, context } = req
  if (hasRole(user, 'admin')) return true
  const grant = user ? null : investorGrantOf(context)
  const enquiryId = Number((data as { enquiry?: unknown } | undefined)?.enquiry)
  if (!grant || !Number.isInteger(enquiryId)) return false
  const enquiry = await req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, depth: 0, select: { reference: true }, req, disableErrors: true })
  return enquiry?.reference === grant.reference
}

/**
 * An admin cancels any booking from the admin, an officer those in their own slots; the investor their
 * own enquiry's, with its key, and nothing else of it (the status is the one field the key may write).
 */
export const canUpdateMeetingBookings: Access = ({ req: { user, context }, data }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'officer') && user) return { 'slot.officer': { equals: user.id } }
  const grant = user ? null : investorGrantOf(context)
  const fields = Object.keys((data as Record<string, unknown> | undefined) ?? {})
  if (!grant || fields.length === 0 || fields.some((field) => field !== 'status')) return false
  return { 'enquiry.reference': { equals: grant.reference } }
}
