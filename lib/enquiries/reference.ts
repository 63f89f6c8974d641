import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Enquiry references, `SB-{year}-{6 digits}`, numbered by one PostgreSQL sequence: `nextval` never hands
 * the same number to two transactions, so references stay unique under any number of concurrent
 * submissions and instances.
 */
export const REFERENCE_SEQUENCE = 'enquiry_reference_seq'

export const REFERENCE_PATTERN = /^SB-\d{4}-\d{6,}$/

type SqlRunner = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

/** Creates the sequence where it is missing: the migration's job, and a dev database's (schema push skips it). */
export async function ensureReferenceSequence(db: SqlRunner): Promise<void> {
  await db.execute(sql.raw(`CREATE SEQUENCE IF NOT EXISTS "${REFERENCE_SEQUENCE}" AS bigint START 1`))
}

let sequenceReady: Promise<void> | null = null

/**
 * Runs inside the creating request's transaction: a separate pool connection could wait forever for
 * the connections that concurrent creates hold.
 */
export async function nextEnquiryReference(req: PayloadRequest, now = new Date()): Promise<string> {
  const adapter = req.payload.db as unknown as { drizzle: SqlRunner; sessions?: Record<string, { db: SqlRunner }> }
  const transactionID = await req.transactionID
  const db = (transactionID ? adapter.sessions?.[String(transactionID)]?.db : undefined) ?? adapter.drizzle
  sequenceReady ??= ensureReferenceSequence(db).catch((error: unknown) => {
    sequenceReady = null
    // Two processes creating it at the same moment: the other one won, the sequence exists.
    if (!isDuplicateObject(error)) throw error
  })
  await sequenceReady
  const result = (await db.execute(sql.raw(`SELECT nextval('"${REFERENCE_SEQUENCE}"') AS n`))) as { rows: { n: string }[] }
  return formatEnquiryReference(Number(result.rows[0].n), now)
}

/** The year is the bureau's (Asia/Shanghai), so an enquiry sent on New Year's Eve in Qingdao gets the new year. */
export function formatEnquiryReference(sequenceNumber: number, at: Date): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at)
  return `SB-${year}-${String(sequenceNumber).padStart(6, '0')}`
}

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code
  return code === '23505' || code === '42P07'
}
