import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Any staff member (admin, editor, officer); never the public, never a partner. */
export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)

/** Written by the server's hooks only: no client, staff included, sets it. */
export const serverWrittenField: FieldAccess = () => false
