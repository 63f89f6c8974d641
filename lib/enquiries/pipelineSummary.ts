import type { Payload } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import { ENQUIRY_STATUSES, type EnquiryStatus, SATISFACTION_ANSWERS, type SatisfactionAnswer } from '../constants/options'
import { startOfOfficeMonth } from '../dates/businessDays'
import type { User } from '../../payload-types'
import { overdueWhere } from './overdue'

export type PipelineSummary = {
  countsByStatus: Record<EnquiryStatus, number>
  overdue: number
  /** Median time from arrival to first response of the enquiries first answered this month; null if none. */
  medianFirstResponseMs: number | null
  respondedThisMonth: number
  /** The investors' answers to the follow-up, over all time: how many said each. */
  satisfaction: Record<SatisfactionAnswer, number>
}

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** How long each enquiry waited for its first response; spam is not a response to anyone. */
export function firstResponseTimesMs(enquiries: { createdAt: string; firstRespondedAt?: string | null; status?: string | null }[]): number[] {
  return enquiries
    .filter((enquiry) => enquiry.firstRespondedAt && enquiry.status !== 'spam')
    .map((enquiry) => new Date(enquiry.firstRespondedAt as string).getTime() - new Date(enquiry.createdAt).getTime())
}

/** The dashboard's numbers, read with the user's own access: an account that may not read enquiries gets an error. */
export async function loadPipelineSummary({ payload, user, now }: { payload: Payload; user: User; now: Date }): Promise<PipelineSummary> {
  const scope = { collection: COLLECTION_SLUGS.enquiries, user, overrideAccess: false } as const
  const counts = await Promise.all(
    ENQUIRY_STATUSES.map(async (status) => [status, (await payload.count({ ...scope, where: { status: { equals: status } } })).totalDocs] as const),
  )
  const overdue = (await payload.count({ ...scope, where: overdueWhere(now) })).totalDocs
  const answers = await Promise.all(
    SATISFACTION_ANSWERS.map(async (answer) => [answer, (await payload.count({ ...scope, where: { satisfaction: { equals: answer } } })).totalDocs] as const),
  )
  const { docs: responded } = await payload.find({
    ...scope,
    where: { firstRespondedAt: { greater_than_equal: startOfOfficeMonth(now).toISOString(), less_than_equal: now.toISOString() } },
    select: { createdAt: true, firstRespondedAt: true, status: true },
    depth: 0,
    pagination: false,
  })
  const times = firstResponseTimesMs(responded)
  return {
    countsByStatus: Object.fromEntries(counts) as Record<EnquiryStatus, number>,
    overdue,
    medianFirstResponseMs: median(times),
    respondedThisMonth: times.length,
    satisfaction: Object.fromEntries(answers) as Record<SatisfactionAnswer, number>,
  }
}
