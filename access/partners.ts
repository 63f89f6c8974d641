import type { Access } from 'payload'

import { hasRole } from './roles'

/** Signed in through the `partners` collection. */
export function isPartnerUser(user: unknown): user is { id: number; collection: 'partners' } {
  return typeof user === 'object' && user !== null && (user as { collection?: string }).collection === 'partners'
}

/** Admins and officers read every partner; a partner reads its own account. */
export const canReadPartner: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin') || hasRole(user, 'officer')) return true
  if (isPartnerUser(user)) return { id: { equals: user.id } }
  return false
}

/** Admins update every partner; a partner updates its own account. */
export const canUpdatePartner: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isPartnerUser(user)) return { id: { equals: user.id } }
  return false
}
