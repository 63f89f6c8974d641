import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins reach every account; other staff only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  return false
}
