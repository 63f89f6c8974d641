import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Every enquiry reference is drawn here, in one of two forms that share the prefix `SB-{year}-`:
 * - `SB-{year}-{6 digits}`, numbered by one PostgreSQL sequence: `nextval` never hands the same number
 *   to two transactions, so references stay unique under any number of concurrent submissions and
 *   instances. The intake's INSERT draws it (`nextReferenceSql`), and so does an enquiry an admin creates
 *   by hand (`nextEnquiryReference`), through the same SQL.
 * - `SB-{year}-S{8 base32}`, drawn without the database for a submission kept on disk while it is away
 *   (`spooledReference`, lib/enquiries/spool.ts).
 */
export const REFERENCE_SEQUENCE = 'enquiry_reference_seq'

/** A reference the sequence drew (digits), or one drawn while the database was away (`S` and base32). */
export const REFERENCE_PATTERN = /^SB-\d{4}-(?:\d{6,}|S[0-9A-HJKMNP-TV-Z]{8})$/

/** Carries the reference a form submission was given on acceptance to the create that stores it. */
export const ENQUIRY_INTAKE_REFERENCE_CONTEXT = 'enquiryIntakeReference'

type SqlRunner = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

/** Creates the sequence where it is missing: the migration's job, and a dev database's (schema push skips it). */
export async function ensureReferenceSequence(db: SqlRunner): Promise<void> {
  await db.execute(sql.raw(`CREATE SEQUENCE IF NOT EXISTS "${REFERENCE_SEQUENCE}" AS bigint START 1`))
}

let sequenceReady: Promise<void> | null = null

/** Ensures the sequence once per process. */
export function referenceSequenceReady(db: SqlRunner): Promise<void> {
  sequenceReady ??= ensureReferenceSequence(db).catch((error: unknown) => {
    sequenceReady = null
    // Two processes creating it at the same moment: the other one won, the sequence exists.
    if (!isDuplicateObject(error)) throw error
  })
  return sequenceReady
}

/** `SB-{year}-`, the part of a reference before its number. */
export function referencePrefix(at = new Date()): string {
  return `SB-${BUREAU_YEAR.format(at)}-`
}

/**
 * The next reference as SQL, for a statement that draws and formats it at once; `prefix` is a
 * parameter placeholder or a literal holding `referencePrefix()`. Numbers past 999,999 keep every digit.
 */
export function nextReferenceSql(prefix: string): string {
  return `(SELECT ${prefix}::text || lpad(drawn.n, greatest(6, length(drawn.n)), '0') FROM (SELECT nextval('"${REFERENCE_SEQUENCE}"')::text AS n) AS drawn)`
}

/**
 * The next reference for an enquiry created without the form (by an admin). Runs inside the creating
 * request's transaction: a separate pool connection could wait forever for the connections that
 * concurrent creates hold.
 */
export async function nextEnquiryReference(req: PayloadRequest, now = new Date()): Promise<string> {
  const adapter = req.payload.db as unknown as { drizzle: SqlRunner; sessions?: Record<string, { db: SqlRunner }> }
  const transactionID = await req.transactionID
  const db = (transactionID ? adapter.sessions?.[String(transactionID)]?.db : undefined) ?? adapter.drizzle
  await referenceSequenceReady(db)
  // The prefix is `SB-`, four digits and a hyphen: safe as a literal.
  const result = (await db.execute(sql.raw(`SELECT ${nextReferenceSql(`'${referencePrefix(now)}'`)} AS reference`))) as { rows: { reference: string }[] }
  return result.rows[0].reference
}

// Crockford's base32: no I, L, O or U to misread when a visitor reads the reference out on the phone.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A reference drawn without the database: `SB-{year}-S` and eight base32 characters. The sequence draws
 * only digits after the year, so the two can never collide; two spooled ones share a value with a chance
 * of one in 2^40, and the intake's unique index on references would refuse the second.
 */
export function spooledReference(at = new Date()): string {
  const characters = Array.from(randomBytes(8), (byte) => BASE32[byte % 32]).join('')
  return `${referencePrefix(at)}S${characters}`
}

/** The year is the bureau's (Asia/Shanghai), so an enquiry sent on New Year's Eve in Qingdao gets the new year. */
const BUREAU_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' })

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code
  return code === '23505' || code === '42P07'
}
