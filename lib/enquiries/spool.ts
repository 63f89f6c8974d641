import { createHash, randomBytes } from 'node:crypto'
import { link, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '../i18n/locales'
import { hashEmail } from './intake'
import type { IntakeSubmission } from './intakeTable'
import { startIntakeDrain } from './intakeQueue'
import { spooledReference } from './reference'

/**
 * Submissions accepted while PostgreSQL was away, kept on this instance's disk until it returns: one
 * file per submission (a maildir, not one append-only file, so that writing and replaying need no lock
 * between processes: a file is complete once it has its name, and gone once it is in the intake). Each is
 * written to a temporary name, fsynced, linked under its final name and its directory fsynced before
 * the visitor is answered. Named by the submission's idempotency key: a retry while the database is
 * still away finds its twin and gets the same reference.
 */
export function enquirySpoolDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.ENQUIRY_SPOOL_DIR || path.join('.data', 'enquiry-spool'))
}

export type SpooledSubmission = {
  idempotencyKey: string
  emailHash: string
  reference: string
  locale: Locale
  partnerId: number | null
  submission: IntakeSubmission
  receivedAt: string
}

function fileNameOf(idempotencyKey: string): string {
  return `${createHash('sha256').update(idempotencyKey).digest('hex')}.json`
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

type SpoolArgs = Omit<SpooledSubmission, 'reference' | 'emailHash' | 'receivedAt'> & { email: string; directory?: string }

/**
 * Keeps one submission on disk, durably, and returns its reference; a twin already kept (same key and
 * address) gives its own. Null when the key is already kept for another address: not theirs to learn.
 */
export async function spoolSubmission({ directory = enquirySpoolDirectory(), email, ...fields }: SpoolArgs): Promise<string | null> {
  await mkdir(directory, { recursive: true })
  const entry: SpooledSubmission = { ...fields, emailHash: hashEmail(email), reference: spooledReference(), receivedAt: new Date().toISOString() }
  const finalPath = path.join(directory, fileNameOf(entry.idempotencyKey))
  const temporaryPath = `${finalPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const handle = await open(temporaryPath, 'wx', 0o600)
  try {
    await handle.writeFile(JSON.stringify(entry))
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    // link() fails if the name exists: of two twins written at once, exactly one is kept.
    await link(temporaryPath, finalPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const twin = JSON.parse(await readFile(finalPath, 'utf8')) as SpooledSubmission
    return twin.emailHash === entry.emailHash ? twin.reference : null
  } finally {
    await unlink(temporaryPath).catch(() => {})
  }
  await syncDirectory(directory)
  return entry.reference
}

/** The reference a kept submission with this key and address was given, or null. */
export async function findSpooledReference(
  { idempotencyKey, email }: { idempotencyKey: string; email: string },
  directory = enquirySpoolDirectory(),
): Promise<string | null> {
  try {
    const entry = JSON.parse(await readFile(path.join(directory, fileNameOf(idempotencyKey)), 'utf8')) as SpooledSubmission
    return entry.emailHash === hashEmail(email) ? entry.reference : null
  } catch {
    return null
  }
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

/**
 * Moves every kept submission into the intake, oldest first, and deletes each file once its row is
 * committed; the queue then stores them as enquiries. Stops at the first failure (the database is still
 * away) and leaves the rest for the next try. Returns how many it moved. Safe to run in several processes
 * at once: the intake's key decides, a file already moved is simply gone.
 */
export async function replaySpooledSubmissions(payload: Payload, directory = enquirySpoolDirectory()): Promise<number> {
  let names: string[]
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.json'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  const entries: { file: string; entry: SpooledSubmission }[] = []
  for (const name of names) {
    const file = path.join(directory, name)
    const text = await readFile(file, 'utf8').catch(() => null)
    if (text) entries.push({ file, entry: JSON.parse(text) as SpooledSubmission })
  }
  entries.sort((a, b) => a.entry.receivedAt.localeCompare(b.entry.receivedAt))
  const pool = (payload.db as unknown as PostgresAdapter).pool
  for (const { file, entry } of entries) {
    const values = [entry.idempotencyKey, entry.emailHash, entry.reference, entry.locale, entry.partnerId, JSON.stringify(entry.submission), entry.receivedAt]
    const { rows } = await pool.query<{ reference: string }>({ ...REPLAY_INTAKE, values })
    if (rows.length === 0) {
      const { rows: stored } = await pool.query<{ reference: string }>({ ...FIND_STORED, values: [entry.idempotencyKey] })
      payload.logger.warn(`Enquiry ${entry.reference}, kept while the database was away, was already stored as ${stored[0]?.reference ?? 'another address’s enquiry'}.`)
    }
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
  return entries.length
}

const REPLAY_INTERVAL_MS = 5_000

let replayTimer: NodeJS.Timeout | null = null

/**
 * Tries, every few seconds until none is left, to move this host's kept submissions into the intake,
 * then has the queue store them. Started when a submission is kept, and once when the server starts
 * (for what a stopped process left).
 */
export function startSpoolReplay(payload: Payload): void {
  if (replayTimer) return
  let isRunning = false
  const tick = async () => {
    if (isRunning) return
    isRunning = true
    try {
      const moved = await replaySpooledSubmissions(payload)
      if (moved > 0) startIntakeDrain(payload)
      if (moved === 0 && replayTimer) {
        clearInterval(replayTimer)
        replayTimer = null
      }
    } catch (error) {
      payload.logger.warn(`Enquiries kept while the database was away wait for it (${error instanceof Error ? error.message : String(error)}).`)
    } finally {
      isRunning = false
    }
  }
  replayTimer = setInterval(() => void tick(), REPLAY_INTERVAL_MS)
  replayTimer.unref()
  void tick()
}
