import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { CLOSED_STATUSES, ENQUIRY_STATUSES } from '../../../lib/constants/options'
import { relationId } from '../../../lib/relationId'
import type { Enquiry } from '../../../payload-types'

const INITIAL_STATUS = ENQUIRY_STATUSES[0]

const isClosed = (status: string | null | undefined) => (CLOSED_STATUSES as readonly (string | null | undefined)[]).includes(status)

/**
 * Appends who moved the enquiry to which status, and when, to its history, and stamps the first response
 * (the first time it leaves `new`), when it was closed as won or lost (cleared when it reopens) and when
 * the investor answered the follow-up. All are rebuilt from the stored document on every save, so nobody,
 * not even an admin through the API, can write or rewrite them.
 */
export const recordStatusChange: CollectionBeforeChangeHook<Enquiry> = ({ data, originalDoc, operation, req }) => {
  const stored = operation === 'update' ? originalDoc : undefined
  const status = data.status ?? stored?.status ?? INITIAL_STATUS
  const now = new Date().toISOString()
  const history = (stored?.statusHistory ?? []).map((entry) => ({ ...entry, changedBy: relationId(entry.changedBy) }))
  if (status !== stored?.status) {
    history.push({ status, changedBy: isStaffUser(req.user) ? req.user.id : null, changedAt: now })
  }
  const firstRespondedAt = stored?.firstRespondedAt ?? (status === INITIAL_STATUS ? null : now)
  const closedAt = !isClosed(status) ? null : isClosed(stored?.status) ? (stored?.closedAt ?? now) : now
  const satisfaction = data.satisfaction ?? stored?.satisfaction ?? null
  const satisfactionAt = satisfaction === (stored?.satisfaction ?? null) ? (stored?.satisfactionAt ?? null) : now
  return { ...data, statusHistory: history, firstRespondedAt, closedAt, satisfactionAt }
}
