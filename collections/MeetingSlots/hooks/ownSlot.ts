import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/roles'
import type { MeetingSlot } from '../../../payload-types'

/**
 * A slot belongs to the officer who publishes it: only an admin may name another officer (the field's
 * access drops anyone else's choice, and this fills in the author). The server's own writes keep theirs.
 */
export const ownSlot: CollectionBeforeChangeHook<MeetingSlot> = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || hasRole(req.user, 'admin')) return data
  return { ...data, officer: req.user.id }
}
