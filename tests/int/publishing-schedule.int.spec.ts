import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { loadPublishingSchedule, SCHEDULE_PUBLISH_TASK } from '@/lib/jobs/publishingSchedule'
import { loadJobRunnerHealth } from '@/lib/jobs/runnerHealth'
import type { User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const NEWS = COLLECTION_SLUGS.news
const JOBS = 'payload-jobs'
const HOUR = 60 * 60 * 1000

describe('the publishing schedule and the job runner’s health, in the admin', () => {
  let payload: Payload
  let editor: User
  let newsId: number
  const jobs: number[] = []

  /** A change as the edit screen's "schedule publish" queues it. */
  const schedule = async (input: { type: 'publish' | 'unpublish'; locale?: string }, waitUntil: Date) => {
    const job = await payload.jobs.queue({
      task: SCHEDULE_PUBLISH_TASK,
      input: { ...input, doc: { relationTo: NEWS, value: newsId }, user: { relationTo: COLLECTION_SLUGS.users, value: editor.id } },
      waitUntil,
    })
    jobs.push(job.id)
    return job
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    const suffix = uniqueSuffix()
    const news = await payload.create({ collection: NEWS, locale: 'zh', draft: true, data: { title: `市北区新闻 ${suffix}`, _status: 'draft' } })
    await payload.update({ collection: NEWS, id: news.id, locale: 'en', draft: true, data: { title: `Shibei news ${suffix}` } })
    newsId = news.id
  })

  afterAll(async () => {
    await payload.delete({ collection: JOBS, where: { id: { in: jobs } }, overrideAccess: true })
    await payload.delete({ collection: NEWS, id: newsId })
    await deleteStaffUsers(payload)
  })

  it('lists what is scheduled, soonest first, per document and locale, with its title in the admin’s language', async () => {
    const tomorrow = new Date(Date.now() + 24 * HOUR)
    await schedule({ type: 'unpublish' }, new Date(tomorrow.getTime() + 24 * HOUR))
    await schedule({ type: 'publish', locale: 'en' }, tomorrow)
    const { changes } = await loadPublishingSchedule({ payload, user: editor, language: 'en' })
    const ours = changes.filter((change) => change.documentId === String(newsId))
    expect(ours.map(({ action, locale, collection, title }) => ({ action, locale, collection, title }))).toEqual([
      { action: 'publish', locale: 'en', collection: NEWS, title: expect.stringMatching(/^Shibei news /) },
      { action: 'unpublish', locale: null, collection: NEWS, title: expect.stringMatching(/^Shibei news /) },
    ])
    expect(new Date(ours[0].at).getTime()).toBe(tomorrow.getTime())
  })

  it('names the runner’s next run from its cron, and says it has stopped when the job clock no longer ticks', async () => {
    const now = new Date('2030-01-01T00:00:07Z')
    const health = await loadJobRunnerHealth({ payload, now })
    expect(health.nextRun?.toISOString()).toBe('2030-01-01T00:00:15.000Z')
    expect(health.intervalMs).toBe(15_000)
    expect(health.state).toBe('stopped')
  })

  it('tells a runner that ticks but leaves due jobs waiting, and lists failed jobs with their error', async () => {
    const now = new Date()
    await payload.updateGlobal({
      slug: 'payload-jobs-stats',
      data: { stats: { scheduledRuns: { queues: { default: { tasks: { sendOutbox: { lastScheduledRun: now.toISOString() } } } } } } },
    })
    const late = await schedule({ type: 'publish' }, new Date(now.getTime() - HOUR))
    const failed = await payload.create({
      collection: JOBS,
      data: { taskSlug: 'sendOutbox', queue: 'default', hasError: true, totalTried: 1, error: { name: 'Error', message: 'SMTP refused the connection' } },
      overrideAccess: true,
    })
    jobs.push(failed.id)

    const behind = await loadJobRunnerHealth({ payload, now })
    expect(behind.lastRun?.toISOString()).toBe(now.toISOString())
    expect(behind.state).toBe('behind')
    expect(behind.overdue.count).toBe(1)
    expect(behind.failures).toContainEqual(expect.objectContaining({ jobId: failed.id, task: 'sendOutbox', error: 'SMTP refused the connection', willRetry: false }))

    await payload.delete({ collection: JOBS, id: late.id, overrideAccess: true })
    expect((await loadJobRunnerHealth({ payload, now })).state).toBe('running')
  })

  it('keeps the queue out of the public API', async () => {
    const response = await handleEndpoints({ config, request: new Request(`http://localhost/api/${JOBS}`) })
    expect(response.status).toBe(403)
  })
})
