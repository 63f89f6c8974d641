import { Cron } from 'croner'
import type { Payload, Where } from 'payload'

import type { PayloadJob } from '../../payload-types'
import { jobErrorMessage } from './publishingSchedule'

const JOBS = 'payload-jobs'
const JOB_STATS = 'payload-jobs-stats'

/** A tick or a job this many runner intervals late (and at least a minute) means the runner is not keeping up. */
const INTERVALS_OF_GRACE = 3
const LEAST_GRACE_MS = 60_000
const FAILURES_SHOWN = 20

export type RunnerState = 'running' | 'behind' | 'stopped'

export type FailedJob = { jobId: number; task: string; at: string; error: string | null; willRetry: boolean; input: PayloadJob['input'] }

export type JobRunnerHealth = {
  state: RunnerState
  /** The last time the job clock ticked (Payload records each scheduled task's last run in its job stats). */
  lastRun: Date | null
  /** The next tick of `jobs.autoRun`'s cron. */
  nextRun: Date | null
  intervalMs: number | null
  /** Jobs due for longer than the grace and not run: the runner ticks but does not work through them. */
  overdue: { count: number; dueSince: Date | null }
  failures: FailedJob[]
}

/** The runner's cron, read as Payload reads it (payload.config.ts: `jobs.autoRun`); null when it is a function. */
function runnerCrons(payload: Payload): Cron[] {
  const autoRun = payload.config.jobs?.autoRun
  if (!Array.isArray(autoRun)) return []
  return autoRun.map(({ cron }) => new Cron(cron ?? '* * * * *', { sloppyRanges: true }))
}

function nextTick(crons: Cron[], now: Date): { nextRun: Date | null; intervalMs: number | null } {
  const upcoming = crons.map((cron) => cron.nextRuns(2, now)).filter((runs) => runs.length === 2)
  if (upcoming.length === 0) return { nextRun: null, intervalMs: null }
  const [soonest] = upcoming.sort(([a], [b]) => a.getTime() - b.getTime())
  return { nextRun: soonest[0], intervalMs: soonest[1].getTime() - soonest[0].getTime() }
}

/** The latest `lastScheduledRun` in Payload's job stats (`stats.scheduledRuns.queues.<queue>.tasks.<task>`). */
function lastScheduledRun(stats: unknown): Date | null {
  const queues = (stats as { scheduledRuns?: { queues?: Record<string, { tasks?: Record<string, { lastScheduledRun?: string }> }> } } | null)?.scheduledRuns?.queues
  const times = Object.values(queues ?? {}).flatMap(({ tasks }) => Object.values(tasks ?? {}).map(({ lastScheduledRun }) => Date.parse(lastScheduledRun ?? '')))
  const latest = Math.max(...times.filter(Number.isFinite))
  return Number.isFinite(latest) ? new Date(latest) : null
}

/**
 * Whether the job runner that publishes on schedule (and sends the outbox) is alive: when it last ran, when
 * it runs next, jobs it has let wait and jobs that failed. For staff, read past the jobs collection's access
 * (Payload opens it to nobody).
 */
export async function loadJobRunnerHealth({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<JobRunnerHealth> {
  const { nextRun, intervalMs } = nextTick(runnerCrons(payload), now)
  const grace = Math.max(LEAST_GRACE_MS, INTERVALS_OF_GRACE * (intervalMs ?? 0))
  const cutoff = new Date(now.getTime() - grace).toISOString()
  const waiting: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { not_equals: true } }] }
  const overdueWhere: Where = {
    and: [waiting, { or: [{ waitUntil: { less_than: cutoff } }, { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: cutoff } }] }] }],
  }
  const failedWhere: Where = { and: [{ completedAt: { exists: false } }, { or: [{ hasError: { equals: true } }, { totalTried: { greater_than: 0 } }] }] }
  const [stats, overdue, failed] = await Promise.all([
    payload.findGlobal({ slug: JOB_STATS, depth: 0, overrideAccess: true }).catch(() => null),
    payload.find({ collection: JOBS, where: overdueWhere, sort: 'waitUntil', limit: 1, depth: 0, overrideAccess: true }),
    payload.find({ collection: JOBS, where: failedWhere, sort: '-updatedAt', limit: FAILURES_SHOWN, depth: 0, overrideAccess: true }),
  ])
  const lastRun = lastScheduledRun(stats?.stats)
  const oldest = overdue.docs[0]
  const dueSince = oldest ? new Date(oldest.waitUntil ?? oldest.createdAt ?? now) : null
  const isTicking = lastRun !== null && now.getTime() - lastRun.getTime() <= grace
  return {
    state: !isTicking ? 'stopped' : overdue.totalDocs > 0 ? 'behind' : 'running',
    lastRun,
    nextRun,
    intervalMs,
    overdue: { count: overdue.totalDocs, dueSince },
    failures: failed.docs.map((job) => ({
      jobId: job.id,
      task: job.taskSlug ?? '',
      at: job.updatedAt ?? job.createdAt ?? '',
      error: jobErrorMessage(job) ?? lastLoggedError(job),
      willRetry: !job.hasError,
      input: job.input,
    })),
  }
}

/** A job that will be retried keeps its last failure in its log only. */
function lastLoggedError(job: PayloadJob): string | null {
  const failed = (job.log ?? []).filter((entry) => entry.state === 'failed').at(-1)
  if (!failed?.error) return null
  return jobErrorMessage({ error: failed.error })
}
