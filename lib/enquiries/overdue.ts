import type { Where } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import { AWAITING_REPLY_STATUSES } from '../constants/options'

/** Past its due date and the investor still waits for an officer. */
export function isOverdue({ dueAt, status }: { dueAt?: string | null; status?: string | null }, now: Date): boolean {
  return Boolean(dueAt) && new Date(dueAt as string) < now && (AWAITING_REPLY_STATUSES as readonly string[]).includes(status ?? '')
}

export function overdueWhere(now: Date): Where {
  return { and: [{ dueAt: { less_than: now.toISOString() } }, { status: { in: [...AWAITING_REPLY_STATUSES] } }] }
}

/** The enquiries list in the admin filtered to the overdue ones, most overdue first: the one-click preset. */
export function overdueListUrl(now: Date): string {
  const query = new URLSearchParams({ sort: 'dueAt', 'where[and][0][dueAt][less_than]': now.toISOString() })
  AWAITING_REPLY_STATUSES.forEach((status, index) => query.append(`where[and][1][status][in][${index}]`, status))
  return `/admin/collections/${COLLECTION_SLUGS.enquiries}?${query.toString()}`
}
