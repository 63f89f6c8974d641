import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { inArray, isNull, lt, or, type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { PgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * The one way the portal takes work from a table it keeps as a queue (the enquiry intake, the outbox).
 * The rows are chosen, locked with `FOR UPDATE SKIP LOCKED` and marked taken in one statement, so any
 * number of processes and instances can work the same queue and no row is taken twice; each claim
 * counts as an attempt. What is due, and what a claim sets to hold its rows (the lease, which a process
 * that dies midway never releases, and which therefore runs out), is the caller's; `isLeaseOver` and
 * `retryDelayMs` are the pieces both queues share.
 */

/** A queue: a table with an `id` and an `attempts` count, whatever else it holds. */
type QueueTable = PgTable & { id: PgColumn; attempts: PgColumn }

type Database = PostgresAdapter['drizzle']

type ClaimArgs<T extends QueueTable> = {
  /** The pool's database, or a transaction's. */
  db: Database
  table: T
  /** The rows that may be taken now: waiting, not given up, not held by a living claim. */
  isDue: SQL | undefined
  /** What taking a row sets besides counting the attempt: its lease. */
  lease: Partial<Record<keyof T['$inferSelect'], unknown>>
  orderBy: PgColumn
  limit: number
}

/** Takes up to `limit` due rows, in `orderBy` order, for this process alone, and returns them as taken. */
export async function claimRows<T extends QueueTable>({ db, table, isDue, lease, orderBy, limit }: ClaimArgs<T>): Promise<T['$inferSelect'][]> {
  const queue = table as QueueTable
  const due = db.select({ id: queue.id }).from(queue).where(isDue).orderBy(orderBy).limit(limit).for('update', { skipLocked: true })
  const taken = await db
    .update(queue)
    .set({ ...lease, attempts: sql`${queue.attempts} + 1` })
    .where(inArray(queue.id, due))
    .returning()
  return taken as T['$inferSelect'][]
}

/** A claim stamped at `claimedAt` that is older than `leaseMs`, or none at all: its holder died, or there never was one. */
export function isLeaseOver(claimedAt: PgColumn, leaseMs: number): SQL | undefined {
  return or(isNull(claimedAt), lt(claimedAt, sql`now() - make_interval(secs => ${leaseMs / 1000})`))
}

const FIRST_RETRY_DELAY_MS = 60_000
const LONGEST_RETRY_DELAY_MS = 6 * 60 * 60_000

/** Exponential backoff after a failed attempt: 1 min after the first failure, then 2, 4, 8 … up to 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(failedAttempts - 1, 0), LONGEST_RETRY_DELAY_MS)
}
