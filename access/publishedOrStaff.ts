import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read drafts; everyone else, partners included, only what is published. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
