import type { Payload, Where } from 'payload'

import { CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug } from '../../collections/slugs'
import type { PayloadJob, User } from '../../payload-types'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'

/** Where the admin shows the schedule: `/admin/publishing-schedule`. */
export const PUBLISHING_SCHEDULE_PATH = '/publishing-schedule'

/** Payload's own task behind "schedule publish" in the edit screen (versions.drafts.schedulePublish). */
export const SCHEDULE_PUBLISH_TASK = 'schedulePublish'

const JOBS = 'payload-jobs'

/** More than a bureau schedules ahead; the view says so when there are more. */
const MOST_SHOWN = 200

export type ScheduledChange = {
  jobId: number
  /** When it is due; a change still waiting after this is overdue. */
  at: string
  action: 'publish' | 'unpublish'
  /** The one locale published, or null for the whole document (an unpublish is always the whole document). */
  locale: Locale | null
  collection: ContentCollectionSlug
  documentId: string
  /** In the admin's language, falling back to Chinese; null for a document deleted since. */
  title: string | null
  /** Tried before and failed: Payload stops at the first failure of this task. */
  error: string | null
}

type ScheduleInput = { type?: unknown; locale?: unknown; doc?: { relationTo?: unknown; value?: unknown } }

function isContentCollection(slug: unknown): slug is ContentCollectionSlug {
  return typeof slug === 'string' && (CONTENT_COLLECTION_SLUGS as readonly string[]).includes(slug)
}

/** The message of a job's final error, as Payload stores it (`{ name, message, stack }`). */
export function jobErrorMessage(job: Pick<PayloadJob, 'error'>): string | null {
  const error = job.error
  if (!error) return null
  if (typeof error === 'object' && !Array.isArray(error) && typeof error.message === 'string') return error.message
  return typeof error === 'string' ? error : JSON.stringify(error)
}

/** A schedulePublish job as the schedule shows it; null for one on a global or a collection that is not content. */
export function toScheduledChange(job: PayloadJob): Omit<ScheduledChange, 'title'> | null {
  const input = (job.input ?? {}) as ScheduleInput
  const collection = input.doc?.relationTo
  const documentId = input.doc?.value
  if (!isContentCollection(collection) || (typeof documentId !== 'string' && typeof documentId !== 'number')) return null
  const action = input.type === 'unpublish' ? 'unpublish' : 'publish'
  return {
    jobId: job.id,
    at: job.waitUntil ?? job.createdAt ?? '',
    action,
    locale: action === 'publish' && isLocale(input.locale) ? input.locale : null,
    collection,
    documentId: String(documentId),
    error: job.hasError ? jobErrorMessage(job) : null,
  }
}

/** The documents' titles (latest draft) in `language`, read as `user` may read them. */
async function findTitles({ payload, user, language, changes }: { payload: Payload; user: User; language: Locale; changes: Omit<ScheduledChange, 'title'>[] }) {
  const titles = new Map<string, string>()
  const idsByCollection = new Map<ContentCollectionSlug, string[]>()
  for (const { collection, documentId } of changes) idsByCollection.set(collection, [...(idsByCollection.get(collection) ?? []), documentId])
  await Promise.all(
    [...idsByCollection].map(async ([collection, ids]) => {
      const { docs } = await payload.find({
        collection,
        // The admin queues the id as a string (Payload #10481); this database numbers its documents.
        where: { id: { in: [...new Set(ids)].map((id) => (/^\d+$/.test(id) ? Number(id) : id)) } },
        select: { title: true },
        draft: true,
        locale: language,
        fallbackLocale: DEFAULT_LOCALE,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
      })
      for (const doc of docs) if (typeof doc.title === 'string') titles.set(`${collection}:${doc.id}`, doc.title)
    }),
  )
  return titles
}

/**
 * What is scheduled to publish or unpublish and has not happened yet, soonest first: Payload's queued
 * schedulePublish jobs (the jobs collection, which no API opens), with each document's title. A job that
 * failed stays listed, with its error, until someone schedules the document again.
 */
export async function loadPublishingSchedule({ payload, user, language }: { payload: Payload; user: User; language: Locale }) {
  const where: Where = { and: [{ taskSlug: { equals: SCHEDULE_PUBLISH_TASK } }, { completedAt: { exists: false } }] }
  const { docs, totalDocs } = await payload.find({ collection: JOBS, where, sort: 'waitUntil', limit: MOST_SHOWN, depth: 0, overrideAccess: true })
  const changes = docs.map(toScheduledChange).filter((change) => change !== null)
  const titles = await findTitles({ payload, user, language, changes })
  return {
    changes: changes.map((change): ScheduledChange => ({ ...change, title: titles.get(`${change.collection}:${change.documentId}`) ?? null })),
    hasMore: totalDocs > docs.length,
  }
}
