import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { drainEnquiryIntake as DrainEnquiryIntake } from '@/lib/enquiries/intakeQueue'
import { REFERENCE_PATTERN, REFERENCE_SEQUENCE } from '@/lib/enquiries/reference'
import type { replaySpool as ReplaySpool } from '@/lib/enquiries/spool'
import type { submitEnquiry as SubmitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { JOB_RUNNER_LOCK_KEY } from '@/lib/jobs/jobRunnerLock'
import { type DatabaseRelay, relayToDatabase } from '@/scripts/lib/database-relay'
import { uniqueSuffix } from './fixtures'
import { fileDatabaseUri } from './database'

const ENQUIRIES = COLLECTION_SLUGS.enquiries

// The portal reaches the run's database through a relay the test cuts (PostgreSQL down) or freezes
// (PostgreSQL hung), and keeps what it cannot store in a spool directory of this test's own.
describe('an enquiry sent while the database is away', () => {
  let relay: DatabaseRelay
  let spoolDirectory: string
  let payload: Payload
  let submitEnquiry: typeof SubmitEnquiry
  let drainEnquiryIntake: typeof DrainEnquiryIntake
  let replaySpool: typeof ReplaySpool
  const emailDomain = `${uniqueSuffix()}.investor.test`
  let ipCounter = 0
  let runnerLock: pg.Client | undefined

  const form = () => ({
    type: 'project',
    name: 'Kim Minji',
    organisation: 'Busan Cold Chain',
    email: `${uniqueSuffix()}@${emailDomain}`,
    phone: '+82 51 123 4567',
    country: 'KR',
    message: 'We would like to discuss a cold-storage site near the port.',
    consent: 'on',
    idempotencyKey: crypto.randomUUID(),
    website: '',
  })
  const submit = (input: Record<string, string>) => submitEnquiry({ payload, input, locale: 'ko', clientIp: `203.0.113.${++ipCounter}` })
  const referenceOf = (result: Awaited<ReturnType<typeof SubmitEnquiry>>) => (result.isAccepted ? result.reference : `refused: ${result.formError}`)
  const storedFor = async (email: string) =>
    (await payload.find({ collection: ENQUIRIES, where: { email: { equals: email } }, depth: 0, limit: 10, overrideAccess: true })).docs
  const spooled = async () => (await readdir(spoolDirectory)).filter((name) => name.endsWith('.json'))
  const waitingInIntake = async () =>
    Number((await (payload.db as unknown as PostgresAdapter).pool.query('select count(*) as n from enquiry_intake where stored_at is null')).rows[0].n)
  /**
   * What the server does when the database returns: the kept submissions into the intake, then the queue,
   * until nothing waits. The spool's own timer (started when something was kept) may be doing the same at
   * that moment, so the test waits for the outcome rather than for its own call.
   */
  const databaseReturns = async () => {
    await vi.waitFor(
      async () => {
        await replaySpool(payload)
        await drainEnquiryIntake(payload)
        expect(await spooled()).toHaveLength(0)
        expect(await waitingInIntake()).toBe(0)
      },
      { timeout: 20_000, interval: 500 },
    )
  }

  beforeAll(async () => {
    // The test plays the job runner itself (databaseReturns): holding the runner's lock, as another instance
    // would, keeps Payload's own ticks from claiming the kept enquiry in the middle of a check.
    runnerLock = new pg.Client({ connectionString: fileDatabaseUri() })
    await runnerLock.connect()
    await runnerLock.query('select pg_advisory_lock($1)', [JOB_RUNNER_LOCK_KEY])
    spoolDirectory = await mkdtemp(path.join(tmpdir(), 'enquiry-spool-'))
    process.env.ENQUIRY_SPOOL_DIR = spoolDirectory
    relay = await relayToDatabase(fileDatabaseUri())
    process.env.DATABASE_URI = relay.uri
    // The config reads the variable when it is first imported, which must be now.
    const { getTestPayload } = await import('./payload')
    payload = await getTestPayload()
    ;({ submitEnquiry } = await import('@/lib/enquiries/submitEnquiry'))
    ;({ drainEnquiryIntake } = await import('@/lib/enquiries/intakeQueue'))
    ;({ replaySpool } = await import('@/lib/enquiries/spool'))
  })

  afterAll(async () => {
    relay?.resume()
    await relay?.accept()
    await payload?.delete({ collection: ENQUIRIES, where: { email: { like: emailDomain } }, overrideAccess: true })
    await relay?.close()
    await rm(spoolDirectory, { recursive: true, force: true })
    delete process.env.ENQUIRY_SPOOL_DIR
    await runnerLock?.end()
  })

  it('is accepted with a reference while PostgreSQL refuses, answers a retry with the same one, and becomes exactly one enquiry when it returns', async () => {
    const input = form()
    await relay.refuse()
    let reference: string
    try {
      await vi.waitFor(() => expect((payload.db as unknown as PostgresAdapter).pool.idleCount).toBe(0))
      reference = referenceOf(await submit(input))
      expect(reference).toMatch(REFERENCE_PATTERN)
      // The sequence draws digits only: a reference kept for later can never be one it draws.
      expect(reference).toMatch(/^SB-\d{4}-S[0-9A-Z]{8}$/)
      expect(await spooled()).toHaveLength(1)
      expect(referenceOf(await submit(input))).toBe(reference)
      expect(await spooled()).toHaveLength(1)
    } finally {
      await relay.accept()
    }

    await databaseReturns()
    const stored = await storedFor(input.email)
    expect(stored.map((enquiry) => enquiry.reference)).toEqual([reference])
    expect(stored[0]).toMatchObject({ name: 'Kim Minji', locale: 'ko', country: 'KR', status: 'new' })
    expect(await spooled()).toHaveLength(0)

    // Once in the database, a retry gets the same reference from it, and nothing is stored twice.
    expect(referenceOf(await submit(input))).toBe(reference)
    await databaseReturns()
    expect(await storedFor(input.email)).toHaveLength(1)
  })

  it('keeps the reference it gave when PostgreSQL hung, ran the INSERT once it resumed, and stores one enquiry', async () => {
    const input = form()
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const lastDrawn = async () => Number((await pool.query<{ n: string }>(`select last_value as n from ${REFERENCE_SEQUENCE}`)).rows[0].n)
    const drawnBefore = await lastDrawn()
    relay.stop()
    let reference: string
    try {
      reference = referenceOf(await submit(input))
      expect(reference).toMatch(/^SB-\d{4}-S[0-9A-Z]{8}$/)
    } finally {
      // The INSERT that timed out reaches PostgreSQL now and draws a reference of its own.
      relay.resume()
    }
    // The INSERT ran: it drew a number from the sequence, the one reference the visitor was not given.
    // (For a few seconds after the timeout the pool fails at once: lib/db/failFast.ts.)
    await vi.waitFor(async () => expect(await lastDrawn()).toBe(drawnBefore + 1), { timeout: 15_000, interval: 250 })

    await databaseReturns()
    const intake = await pool.query<{ reference: string }>('select reference from enquiry_intake where idempotency_key = $1', [input.idempotencyKey])
    expect(intake.rows.map((row) => row.reference)).toEqual([reference])
    const stored = await storedFor(input.email)
    expect(stored.map((enquiry) => enquiry.reference)).toEqual([reference])
    expect(await spooled()).toHaveLength(0)
  })
})
