import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { AWAITING_REPLY_STATUSES, CLOSED_STATUSES, ENQUIRY_STATUSES } from '../../../lib/constants/options'
import { relationId } from '../../../lib/relationId'
import type { Enquiry } from '../../../payload-types'

const INITIAL_STATUS = ENQUIRY_STATUSES[0]

/** Statuses in which the investor has not heard from us: still waiting, or spam that nobody answers. */
const UNANSWERED: readonly (string | null | undefined)[] = [...AWAITING_REPLY_STATUSES, 'spam']

const isClosed = (status: string | null | undefined) => (CLOSED_STATUSES as readonly (string | null | undefined)[]).includes(status)

/**
 * Appends who moved the enquiry to which status, and when, to its history, and stamps the first response
 * (the first time it reaches a status in which the investor has heard from us: an officer's reply moves it
 * to `contacted`; triage is not a response), when it was closed as won or lost (cleared when it reopens) and when
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
  const firstRespondedAt = stored?.firstRespondedAt ?? (UNANSWERED.includes(status) ? null : now)
  const closedAt = !isClosed(status) ? null : isClosed(stored?.status) ? (stored?.closedAt ?? now) : now
  const satisfaction = data.satisfaction ?? stored?.satisfaction ?? null
  const satisfactionAt = satisfaction === (stored?.satisfaction ?? null) ? (stored?.satisfactionAt ?? null) : now
  return { ...data, statusHistory: history, firstRespondedAt, closedAt, satisfactionAt }
}
