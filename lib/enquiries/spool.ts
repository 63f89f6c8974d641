import { createHash, randomUUID } from 'node:crypto'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isDatabaseUnavailableError } from '../db/databaseUnavailable'
import { getRedisClient } from '../redis/client'
import { hashEmail, unstoredRetentionMs } from './intake'
import { startIntakeDrain } from './intakeQueue'
import { spooledReference } from './reference'
import { diskSpool } from './spoolDisk'
import { redisSpool, spoolConnection } from './spoolRedis'
import { isSpooledReply, type SpooledReply, type SpooledSubmission, type SpoolEntry, type SpoolStore } from './spoolStore'
import { storeSpooledReply } from './threadReply'

export type { SpooledReply, SpooledSubmission } from './spoolStore'

/** The disk spool's directory: `ENQUIRY_SPOOL_DIR`, `.data/enquiry-spool` by default. */
export function enquirySpoolDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.ENQUIRY_SPOOL_DIR || path.join('.data', 'enquiry-spool'))
}

let chosen: { redis: unknown; directory: string; store: SpoolStore } | null = null

/**
 * Work accepted while PostgreSQL was away (form submissions, and replies to a thread) waits in the spool
 * until it returns, then goes in exactly once. The spool is in Redis when REDIS_URL is set, so that any
 * instance replays what another accepted; otherwise on this host's disk (`ENQUIRY_SPOOL_DIR`). This is
 * the one place that chooses.
 */
export function enquirySpool(): SpoolStore {
  const redis = getRedisClient()
  const directory = enquirySpoolDirectory()
  if (!chosen || chosen.redis !== redis || chosen.directory !== directory) {
    chosen = { redis, directory, store: redis ? redisSpool(spoolConnection(redis)) : diskSpool(directory) }
  }
  return chosen.store
}

/** A claim older than this belongs to a process that died while replaying; another may take the entry. */
const CLAIM_LEASE_MS = 2 * 60_000

const idOf = (name: string) => createHash('sha256').update(name).digest('hex')
const submissionIdOf = (idempotencyKey: string) => idOf(idempotencyKey)
const replyIdOf = (replyKey: string) => idOf(`reply:${replyKey}`)

type SpoolArgs = Omit<SpooledSubmission, 'kind' | 'reference' | 'emailHash' | 'receivedAt'> & { email: string; store?: SpoolStore }

/**
 * Keeps one submission, durably, and returns its reference; a twin already kept (same key and address)
 * gives its own. Null when the key is already kept for another address: not theirs to learn.
 */
export async function spoolSubmission({ store = enquirySpool(), email, ...fields }: SpoolArgs): Promise<string | null> {
  const entry: SpooledSubmission = { kind: 'enquiry', ...fields, emailHash: hashEmail(email), reference: spooledReference(), receivedAt: new Date().toISOString() }
  const kept = await store.keep(submissionIdOf(entry.idempotencyKey), entry)
  if (isSpooledReply(kept)) return null
  return kept.emailHash === entry.emailHash ? kept.reference : null
}

/** The reference a kept submission with this key and address was given, or null. */
export async function findSpooledReference({ idempotencyKey, email }: { idempotencyKey: string; email: string }, store = enquirySpool()): Promise<string | null> {
  const entry = await store.read(submissionIdOf(idempotencyKey)).catch(() => null)
  return entry && !isSpooledReply(entry) && entry.emailHash === hashEmail(email) ? entry.reference : null
}

/** Keeps one reply to a thread, durably; it goes onto the thread when the database returns. */
export async function spoolReply(fields: Omit<SpooledReply, 'kind' | 'replyKey' | 'receivedAt'>, store = enquirySpool()): Promise<void> {
  const entry: SpooledReply = { kind: 'reply', replyKey: randomUUID(), ...fields, receivedAt: new Date().toISOString() }
  await store.keep(replyIdOf(entry.replyKey), entry)
}

/**
 * Into the intake, exactly once per key. A key already there from the same address and not yet an
 * enquiry takes the spooled reference, the one its sender was given: that is the INSERT which timed out
 * on a hung database and ran once it resumed. Its claim is released so the queue stores it now.
 */
const REPLAY_INTAKE = {
  name: 'enquiry-intake-replay-spooled',
  text: `INSERT INTO enquiry_intake (idempotency_key, email_hash, reference, locale, partner_id, submission, received_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (idempotency_key) DO UPDATE SET reference = EXCLUDED.reference, claimed_at = NULL
      WHERE enquiry_intake.stored_at IS NULL AND enquiry_intake.email_hash = EXCLUDED.email_hash
    RETURNING reference`,
}

const FIND_STORED = {
  name: 'enquiry-intake-find-by-key',
  text: 'SELECT reference FROM enquiry_intake WHERE idempotency_key = $1',
}

async function moveIntoIntake(payload: Payload, entry: SpooledSubmission): Promise<void> {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const values = [entry.idempotencyKey, entry.emailHash, entry.reference, entry.locale, entry.partnerId, JSON.stringify(entry.submission), entry.receivedAt]
  const { rows } = await pool.query<{ reference: string }>({ ...REPLAY_INTAKE, values })
  if (rows.length === 0) {
    const { rows: stored } = await pool.query<{ reference: string }>({ ...FIND_STORED, values: [entry.idempotencyKey] })
    payload.logger.warn(`Enquiry ${entry.reference}, kept while the database was away, was already stored as ${stored[0]?.reference ?? 'another address’s enquiry'}.`)
  }
}

export type ReplayResult = {
  /** Submissions moved into the intake (the queue then stores them). */
  submissions: number
  /** Replies put on their threads. */
  replies: number
  /** Entries still in the spool: their enquiry is not stored yet, or they were refused (see the log). */
  waiting: number
}

const byReceipt = (a: { entry: SpoolEntry }, b: { entry: SpoolEntry }) => a.entry.receivedAt.localeCompare(b.entry.receivedAt)

/**
 * Moves what the spool holds into the database: submissions first (into the intake), then replies
 * (onto their threads), oldest first, each claimed so that of several processes or instances replaying
 * at once exactly one moves it, and removed once it is in. Stops at the first sign the database is still
 * away and leaves the rest for the next try; an entry refused for any other reason stays, logged, and
 * does not hold up the others.
 */
export async function replaySpool(payload: Payload, { store, now = new Date() }: { store?: SpoolStore; now?: Date } = {}): Promise<ReplayResult> {
  const total: ReplayResult = { submissions: 0, replies: 0, waiting: 0 }
  for (const each of store ? [store] : spoolsToReplay()) {
    const result = await replayStore(payload, each, now)
    total.submissions += result.submissions
    total.replies += result.replies
    total.waiting += result.waiting
  }
  return total
}

/** The spool, and with Redis also this host's disk, for what it kept before REDIS_URL was set. */
function spoolsToReplay(): SpoolStore[] {
  const store = enquirySpool()
  return getRedisClient() ? [store, diskSpool(enquirySpoolDirectory())] : [store]
}

async function replayStore(payload: Payload, store: SpoolStore, now: Date): Promise<ReplayResult> {
  const listed = await store.list()
  const ordered = [...listed.filter(({ entry }) => !isSpooledReply(entry)).sort(byReceipt), ...listed.filter(({ entry }) => isSpooledReply(entry)).sort(byReceipt)]
  const result: ReplayResult = { submissions: 0, replies: 0, waiting: 0 }
  for (const { id } of ordered) {
    const entry = await store.claim(id, now, CLAIM_LEASE_MS)
    if (!entry) continue
    try {
      if (isSpooledReply(entry)) {
        if (!(await storeSpooledReply(payload, entry))) {
          await store.release(id)
          result.waiting++
          continue
        }
        result.replies++
      } else {
        await moveIntoIntake(payload, entry)
        result.submissions++
      }
      await store.remove(id)
    } catch (error) {
      await store.release(id)
      if (isDatabaseUnavailableError(error)) throw error
      result.waiting++
      const overdue = now.getTime() - Date.parse(entry.receivedAt) > unstoredRetentionMs()
      payload.logger.error({
        msg: `${isSpooledReply(entry) ? 'A reply to enquiry' : 'Enquiry'} ${entry.reference}, kept while the database was away, could not be moved into it${overdue ? ' and has waited past the retention period: see the spool' : ''}`,
        err: error,
      })
    }
  }
  return result
}

/** What the spool has held past the retention period, for the officers: whose it is, and how to reach them. */
export type OverdueSpoolEntry = {
  kind: 'enquiry' | 'reply'
  reference: string
  receivedAt: string
  locale: string
  name: string | null
  email: string | null
  country: string | null
}

/**
 * Entries the spool has held longer than the retention period (`ENQUIRY_SPOOL_RETENTION_DAYS`): the
 * admin dashboard lists them beside the submissions the intake could not store. With the spool on disk,
 * only this instance's.
 */
export async function overdueSpoolEntries({ store = enquirySpool(), now = new Date(), retentionMs = unstoredRetentionMs() }: { store?: SpoolStore; now?: Date; retentionMs?: number } = {}): Promise<OverdueSpoolEntry[]> {
  return (await store.list())
    .map(({ entry }) => entry)
    .filter((entry) => now.getTime() - Date.parse(entry.receivedAt) > retentionMs)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((entry) =>
      isSpooledReply(entry)
        ? { kind: 'reply', reference: entry.reference, receivedAt: entry.receivedAt, locale: entry.locale, name: null, email: null, country: null }
        : { kind: 'enquiry', reference: entry.reference, receivedAt: entry.receivedAt, locale: entry.locale, name: entry.submission.name, email: entry.submission.email, country: entry.submission.country ?? null },
    )
}

const REPLAY_INTERVAL_MS = 5_000

let replayTimer: NodeJS.Timeout | null = null

/**
 * Tries, every few seconds until none is left, to move the spool into the database, then has the queue
 * store the submissions. Started when something is kept, once when the server starts (for what a stopped
 * process left), and by the intake's scheduled job (for what another instance kept in Redis).
 */
export function startSpoolReplay(payload: Payload): void {
  if (replayTimer) return
  let isRunning = false
  const tick = async () => {
    if (isRunning) return
    isRunning = true
    try {
      const { submissions, waiting } = await replaySpool(payload)
      if (submissions > 0) startIntakeDrain(payload)
      if (waiting === 0 && replayTimer) {
        clearInterval(replayTimer)
        replayTimer = null
      }
    } catch (error) {
      payload.logger.warn(`What was kept while the database was away waits for it (${error instanceof Error ? error.message : String(error)}).`)
    } finally {
      isRunning = false
    }
  }
  replayTimer = setInterval(() => void tick(), REPLAY_INTERVAL_MS)
  replayTimer.unref()
  void tick()
}
