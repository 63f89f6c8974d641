import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const isOfficerOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin') || hasRole(user, 'officer')

export const isOfficerOrAdminField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin') || hasRole(user, 'officer')
