import { createHash } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, desc, eq, isNotNull, isNull, lt, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../i18n/locales'
import { claimRows, isLeaseOver } from '../jobs/claimRows'
import { type AcceptedIntake, type IntakeRow, type IntakeSubmission, enquiryIntake } from './intakeTable'
import { nextReferenceSql, referencePrefix, referenceSequenceReady } from './reference'

/** How often the queue tries to store one submission before it leaves it to a person (see the log). */
export const MAX_STORE_ATTEMPTS = 5

/** A claim older than this belongs to a process that died while storing; another may take the row. */
const CLAIM_LEASE_MS = 2 * 60_000

/**
 * How long an accepted submission (or reply) may wait to be stored before it is put before the officers,
 * with the sender's contact details, rather than left to the machines: `ENQUIRY_SPOOL_RETENTION_DAYS`, 7
 * by default. It holds personal data, so it is neither kept unseen past this nor dropped.
 */
export function unstoredRetentionMs(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.ENQUIRY_SPOOL_RETENTION_DAYS)
  return (Number.isFinite(days) && days > 0 ? days : 7) * 24 * 60 * 60_000
}

/** The reason a submission is listed for the officers once it has waited past the retention period. */
export function overdueReason(retentionMs = unstoredRetentionMs()): string {
  return `Not stored within ${Math.round(retentionMs / (24 * 60 * 60_000))} days of receipt.`
}

/** How long a stored submission's key keeps answering retries with its reference. */
const IDEMPOTENCY_WINDOW = '1 day'

/** The pool's database, or the transaction's when a request holding one is given. */
async function databaseOf(payload: Payload, req?: PayloadRequest) {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionId = req?.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined ? adapter.sessions[transactionId]?.db : undefined) ?? adapter.drizzle
}

export function hashEmail(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex')
}

/**
 * The two statements every submission runs go straight to the primary's pool as named prepared
 * statements: no query building per request, and never a read replica, which could miss a twin
 * submission accepted a moment ago.
 */
function primaryPool(payload: Payload) {
  return (payload.db as unknown as PostgresAdapter).pool
}

const FIND_REFERENCE = {
  name: 'enquiry-intake-find-reference',
  text: 'SELECT reference FROM enquiry_intake WHERE idempotency_key = $1 AND email_hash = $2',
}

/** The reference an earlier submission with this key and address was given, or null. */
export async function findIntakeReference(payload: Payload, { idempotencyKey, email }: { idempotencyKey: string; email: string }): Promise<string | null> {
  const { rows } = await primaryPool(payload).query<{ reference: string }>({ ...FIND_REFERENCE, values: [idempotencyKey, hashEmail(email)] })
  return rows[0]?.reference ?? null
}

type RecordArgs = {
  payload: Payload
  idempotencyKey: string
  submission: IntakeSubmission
  locale: Locale
  partnerId: number | null
  /** The caller stores the enquiry itself right away, so the queue leaves the row alone. */
  isClaimed: boolean
}

const RECORD_INTAKE = {
  name: 'enquiry-intake-record',
  text: `INSERT INTO enquiry_intake (idempotency_key, email_hash, reference, locale, partner_id, submission, claimed_at, attempts)
    VALUES ($1, $2, ${nextReferenceSql('$3')}, $4, $5, $6, CASE WHEN $7::boolean THEN now() END, CASE WHEN $7::boolean THEN 1 ELSE 0 END)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id, reference, locale, partner_id AS "partnerId", submission, attempts`,
}

/**
 * Accepts a submission: one INSERT that also draws the next reference. Null when the key was taken at
 * the same moment by a twin submission (the caller then asks for that one's reference).
 */
export async function recordIntake({ payload, idempotencyKey, submission, locale, partnerId, isClaimed }: RecordArgs): Promise<AcceptedIntake | null> {
  const pool = primaryPool(payload)
  await referenceSequenceReady((payload.db as unknown as PostgresAdapter).drizzle)
  const values = [idempotencyKey, hashEmail(submission.email), referencePrefix(), locale, partnerId, JSON.stringify(submission), isClaimed]
  const { rows } = await pool.query<AcceptedIntake>({ ...RECORD_INTAKE, values })
  return rows[0] ?? null
}

/** Takes up to `limit` waiting submissions, oldest first, that no living process is storing. */
export async function claimWaitingIntake(payload: Payload, limit: number): Promise<IntakeRow[]> {
  return claimRows({
    db: await databaseOf(payload),
    table: enquiryIntake,
    isDue: and(isNull(enquiryIntake.storedAt), lt(enquiryIntake.attempts, MAX_STORE_ATTEMPTS), isLeaseOver(enquiryIntake.claimedAt, CLAIM_LEASE_MS)),
    lease: { claimedAt: sql`now()` },
    orderBy: enquiryIntake.id,
    limit,
  })
}

/**
 * Marks the submission stored, in the transaction that creates its enquiry, and forgets its fields;
 * false when it was stored already (by another process that had claimed it too).
 */
export async function markIntakeStored({ payload, req, id }: { payload: Payload; req: PayloadRequest; id: number }): Promise<boolean> {
  const db = await databaseOf(payload, req)
  const marked = await db
    .update(enquiryIntake)
    .set({ storedAt: sql`now()`, submission: null, claimedAt: null, lastError: null })
    .where(and(eq(enquiryIntake.id, id), isNull(enquiryIntake.storedAt)))
    .returning({ id: enquiryIntake.id })
  return marked.length > 0
}

/**
 * Records why an attempt failed. The claim stays, so the queue tries again only once it times out: a
 * database that is down for a minute does not use up every attempt at once.
 */
export async function markIntakeFailed({ payload, id, error }: { payload: Payload; id: number; error: string }): Promise<void> {
  const db = await databaseOf(payload)
  await db.update(enquiryIntake).set({ lastError: error.slice(0, 2000) }).where(eq(enquiryIntake.id, id))
}

/**
 * Puts before the officers every submission still waiting past the retention period that no failure has
 * put there yet: it gets a reason, so the dashboard lists it with the sender's contact details, to store
 * it now or create the enquiry by hand. The queue goes on trying it meanwhile. Returns how many.
 */
export async function surfaceOverdueIntake(payload: Payload, { now = new Date(), retentionMs = unstoredRetentionMs() }: { now?: Date; retentionMs?: number } = {}): Promise<number> {
  const db = await databaseOf(payload)
  const surfaced = await db
    .update(enquiryIntake)
    .set({ lastError: overdueReason(retentionMs) })
    .where(and(isNull(enquiryIntake.storedAt), isNull(enquiryIntake.lastError), lt(enquiryIntake.receivedAt, new Date(now.getTime() - retentionMs).toISOString())))
    .returning({ id: enquiryIntake.id })
  return surfaced.length
}

/** Forgets stored submissions once their key is past the idempotency window. */
export async function forgetStoredIntake(payload: Payload): Promise<number> {
  const db = await databaseOf(payload)
  const removed = await db
    .delete(enquiryIntake)
    .where(lt(enquiryIntake.storedAt, sql`now() - ${IDEMPOTENCY_WINDOW}::interval`))
    .returning({ id: enquiryIntake.id })
  return removed.length
}

export type WaitingIntake = {
  /** Accepted submissions that are not enquiries yet. */
  waiting: number
  oldestReceivedAt: string | null
  /**
   * The latest that failed at least once, with the reason and the sender's contact details, for staff to
   * see on the dashboard, retry, or answer by hand.
   */
  failed: FailedIntake[]
}

export type FailedIntake = {
  id: number
  reference: string
  attempts: number
  lastError: string
  name: string | null
  email: string | null
  country: string | null
  locale: string
}

/** What the queue holds right now; normally nothing, or a few submissions for a moment. */
export async function summarizeWaitingIntake(payload: Payload): Promise<WaitingIntake> {
  const db = await databaseOf(payload)
  const [totals] = await db
    .select({ waiting: sql<number>`count(*)::int`, oldestReceivedAt: sql<string | null>`min(${enquiryIntake.receivedAt})` })
    .from(enquiryIntake)
    .where(isNull(enquiryIntake.storedAt))
  const failed = await db
    .select({
      id: enquiryIntake.id,
      reference: enquiryIntake.reference,
      attempts: enquiryIntake.attempts,
      lastError: sql<string>`${enquiryIntake.lastError}`,
      name: sql<string | null>`${enquiryIntake.submission}->>'name'`,
      email: sql<string | null>`${enquiryIntake.submission}->>'email'`,
      country: sql<string | null>`${enquiryIntake.submission}->>'country'`,
      locale: enquiryIntake.locale,
    })
    .from(enquiryIntake)
    .where(and(isNull(enquiryIntake.storedAt), isNotNull(enquiryIntake.lastError)))
    .orderBy(desc(enquiryIntake.id))
    .limit(10)
  return { waiting: totals?.waiting ?? 0, oldestReceivedAt: totals?.oldestReceivedAt ?? null, failed }
}

/**
 * Takes one waiting submission for a person who asked to store it now (the dashboard's retry), whatever
 * its attempts so far; null when it is stored already, gone, or being stored this moment.
 */
export async function claimIntakeById(payload: Payload, id: number): Promise<IntakeRow | null> {
  const [row] = await claimRows({
    db: await databaseOf(payload),
    table: enquiryIntake,
    isDue: and(eq(enquiryIntake.id, id), isNull(enquiryIntake.storedAt)),
    lease: { claimedAt: sql`now()` },
    orderBy: enquiryIntake.id,
    limit: 1,
  })
  return row ?? null
}
