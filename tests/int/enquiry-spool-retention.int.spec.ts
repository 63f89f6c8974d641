import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { eq } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { claimIntakeById, overdueReason, recordIntake, summarizeWaitingIntake, surfaceOverdueIntake } from '@/lib/enquiries/intake'
import { drainEnquiryIntake } from '@/lib/enquiries/intakeQueue'
import { enquiryIntake, type IntakeSubmission } from '@/lib/enquiries/intakeTable'
import { overdueSpoolEntries, replaySpool, spoolReply, spoolSubmission } from '@/lib/enquiries/spool'
import { storeIntakeEnquiry } from '@/lib/enquiries/storeIntake'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

const DAY = 24 * 60 * 60_000

// Accepted work holds personal data: whatever has not become an enquiry (or a reply on its thread) a
// week after it was received is put before the officers, with the sender's contact details, and is
// neither kept unseen nor dropped. The clock is moved by passing `now`.
describe('submissions that wait too long to be stored', () => {
  let payload: Payload
  let spoolDirectory: string
  const emailDomain = `${uniqueSuffix()}.retention.test`
  const email = () => `${uniqueSuffix()}@${emailDomain}`
  const db = () => (payload.db as unknown as PostgresAdapter).drizzle
  const later = (days: number) => new Date(Date.now() + days * DAY)
  const submission = (fields: Partial<IntakeSubmission> = {}): IntakeSubmission => ({
    type: 'general',
    name: 'Nguyen Thi Lan',
    email: email(),
    country: 'VN',
    message: 'We would like to know more about the bonded logistics zone.',
    privacyNoticeVersion: '2026-11-25',
    ...fields,
  })

  beforeAll(async () => {
    spoolDirectory = await mkdtemp(path.join(tmpdir(), 'enquiry-spool-retention-'))
    process.env.ENQUIRY_SPOOL_DIR = spoolDirectory
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await payload?.delete({ collection: COLLECTION_SLUGS.enquiries, where: { email: { like: emailDomain } }, overrideAccess: true })
    await rm(spoolDirectory, { recursive: true, force: true })
    delete process.env.ENQUIRY_SPOOL_DIR
  })

  it('lists for the officers, with the sender’s contact details, a submission the intake has not stored a week after receipt, once, until it is stored', async () => {
    // Accepted, then its storing never happened (its process stopped, and no job ran to take it over).
    const fields = submission()
    const row = await recordIntake({ payload, idempotencyKey: crypto.randomUUID(), submission: fields, locale: 'en', partnerId: null, isClaimed: true })
    if (!row) throw new Error('the intake refused a new key')
    const listed = async () => (await summarizeWaitingIntake(payload)).failed.filter((failed) => failed.reference === row.reference)

    expect(await surfaceOverdueIntake(payload, { now: later(6) })).toBe(0)
    expect(await listed()).toEqual([])

    expect(await surfaceOverdueIntake(payload, { now: later(8) })).toBe(1)
    expect(await listed()).toEqual([expect.objectContaining({ name: 'Nguyen Thi Lan', email: fields.email, country: 'VN', lastError: overdueReason() })])
    // Said once: a later run does not write it again.
    expect(await surfaceOverdueIntake(payload, { now: later(9) })).toBe(0)

    // An officer stores it from the dashboard: it is an enquiry, its personal data leaves the intake, and the list forgets it.
    const claimed = await claimIntakeById(payload, row.id)
    expect(claimed && (await storeIntakeEnquiry(payload, claimed))).toBe(true)
    const [kept] = await db().select().from(enquiryIntake).where(eq(enquiryIntake.id, row.id))
    expect(kept.submission).toBeNull()
    expect(await listed()).toEqual([])
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.enquiries, where: { reference: { equals: row.reference } }, depth: 0, overrideAccess: true })
    expect(docs.map((enquiry) => enquiry.email)).toEqual([fields.email])
  })

  it('lists what the spool has held past the retention period, and forgets it once it is in the database', async () => {
    const fields = submission({ name: 'Park Jisoo', country: 'KR' })
    const reference = await spoolSubmission({ idempotencyKey: crypto.randomUUID(), email: fields.email, locale: 'ko', partnerId: null, submission: fields })
    // A reply to an enquiry the database does not have (yet): it waits in the spool.
    await spoolReply({ reference: 'SB-2026-S0000TEST', locale: 'en', sender: { investor: true }, body: 'Any news?' })

    expect(await overdueSpoolEntries({ now: later(6) })).toEqual([])
    const overdue = await overdueSpoolEntries({ now: later(8) })
    expect(overdue).toEqual([
      expect.objectContaining({ kind: 'enquiry', reference, name: 'Park Jisoo', email: fields.email, country: 'KR', locale: 'ko' }),
      expect.objectContaining({ kind: 'reply', reference: 'SB-2026-S0000TEST' }),
    ])

    // The database takes the submission: it leaves the spool and the list; the orphan reply stays listed.
    const replayed = await replaySpool(payload, { now: later(8) })
    expect(replayed).toEqual({ submissions: 1, replies: 0, waiting: 1 })
    await drainEnquiryIntake(payload)
    expect((await overdueSpoolEntries({ now: later(8) })).map((entry) => entry.kind)).toEqual(['reply'])
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.enquiries, where: { reference: { equals: reference } }, depth: 0, overrideAccess: true })
    expect(docs.map((enquiry) => enquiry.name)).toEqual(['Park Jisoo'])
  })
})
