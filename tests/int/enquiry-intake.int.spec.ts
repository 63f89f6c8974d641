import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { eq, sql } from '@payloadcms/db-postgres/drizzle'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findIntakeReference, forgetStoredIntake, recordIntake, summarizeWaitingIntake } from '@/lib/enquiries/intake'
import { drainEnquiryIntake } from '@/lib/enquiries/intakeQueue'
import { enquiryIntake, type IntakeSubmission } from '@/lib/enquiries/intakeTable'
import { REFERENCE_PATTERN, REFERENCE_SEQUENCE } from '@/lib/enquiries/reference'
import { storeIntakeEnquiry } from '@/lib/enquiries/storeIntake'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries

describe('the enquiry intake: every accepted submission becomes an enquiry', () => {
  let payload: Payload
  const emailDomain = `${uniqueSuffix()}.intake.test`
  let ipCounter = 0

  const db = () => (payload.db as unknown as PostgresAdapter).drizzle
  const email = () => `${uniqueSuffix()}@${emailDomain}`
  const form = (overrides: Record<string, string> = {}) => ({
    type: 'general',
    name: 'Kim Min-jun',
    email: email(),
    country: 'KR',
    message: 'Which office towers near the cruise port have floors to let?',
    consent: 'on',
    idempotencyKey: crypto.randomUUID(),
    ...overrides,
  })
  const submit = (input: Record<string, string>, locale: 'zh' | 'en' | 'ja' | 'ko' = 'ko') =>
    submitEnquiry({ payload, input, locale, clientIp: `192.0.2.${++ipCounter % 250}` })
  const enquiriesFor = async (address: string) =>
    (await payload.find({ collection: ENQUIRIES, where: { email: { equals: address } }, depth: 0, limit: 10 })).docs
  const intakeRowOf = async (reference: string) => (await db().select().from(enquiryIntake).where(eq(enquiryIntake.reference, reference)))[0]
  /** An accepted submission whose storing never happened, as a process that stopped mid-way leaves it. */
  const abandonedIntake = async (submission: Partial<IntakeSubmission> = {}) => {
    const fields: IntakeSubmission = {
      type: 'general',
      name: 'Tanaka Yui',
      email: email(),
      country: 'JP',
      message: 'クルーズ港周辺のオフィス賃料を教えてください。',
      privacyNoticeVersion: '2026-11-25',
      ...submission,
    }
    const row = await recordIntake({ payload, idempotencyKey: crypto.randomUUID(), submission: fields, locale: 'ja', partnerId: null, isClaimed: true })
    if (!row) throw new Error('the intake refused a new key')
    return row
  }
  const ageClaim = (id: number, interval: string) =>
    db().update(enquiryIntake).set({ claimedAt: sql`now() - ${interval}::interval` }).where(eq(enquiryIntake.id, id))

  let editorSession = ''
  let officerSession = ''
  const authHeaders = (token: unknown) => ({ authorization: `JWT ${String(token)}` })
  /** A staff session through REST sign-in, as the admin's dashboard has one. */
  const signIn = async (role: 'editor' | 'officer') => {
    const address = `${role}-${uniqueSuffix()}@staff.test`
    await payload.create({ collection: COLLECTION_SLUGS.users, data: { email: address, password: TEST_PASSWORD, roles: [role] } })
    return (await payload.login({ collection: COLLECTION_SLUGS.users, data: { email: address, password: TEST_PASSWORD } })).token ?? ''
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    // The officer first: on an empty database the first account becomes an admin, and that may not be the editor.
    officerSession = await signIn('officer')
    editorSession = await signIn('editor')
  })

  afterAll(async () => {
    await deleteStaffUsers(payload)
    await drainEnquiryIntake(payload)
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { to: { like: emailDomain } } })
    await payload.delete({ collection: ENQUIRIES, where: { email: { like: emailDomain } } })
  })

  it('answers a burst of 30 submissions at once and stores each as an enquiry with the reference it was given', async () => {
    const inputs = Array.from({ length: 30 }, () => form())
    const results = await Promise.all(inputs.map((input) => submit(input)))
    const answered = results.map((result) => (result.isAccepted ? result.reference : `refused: ${result.formError}`))
    expect(answered.every((reference) => REFERENCE_PATTERN.test(reference))).toBe(true)

    await drainEnquiryIntake(payload)
    const { docs } = await payload.find({
      collection: ENQUIRIES,
      where: { email: { in: inputs.map((input) => input.email) } },
      depth: 0,
      limit: 100,
    })
    expect(docs.map((doc) => doc.reference).sort()).toEqual([...answered].sort())
    expect(docs.every((doc) => doc.status === 'new' && doc.locale === 'ko' && doc.statusHistory?.length === 1 && doc.dueAt)).toBe(true)
    const receipts = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { to: { in: inputs.map((input) => input.email) }, kind: { equals: 'enquiry-confirmation' } }, limit: 100 })
    expect(receipts.totalDocs).toBe(30)
  })

  it('stores a submission that a stopped process had taken, once its claim has timed out', async () => {
    const row = await abandonedIntake()
    await drainEnquiryIntake(payload)
    expect(await enquiriesFor(row.submission!.email)).toHaveLength(0)

    await ageClaim(row.id, '3 minutes')
    await drainEnquiryIntake(payload)
    const [stored] = await enquiriesFor(row.submission!.email)
    expect(stored).toMatchObject({ reference: row.reference, locale: 'ja', country: 'JP', status: 'new' })
    expect(await intakeRowOf(row.reference)).toMatchObject({ submission: null, attempts: 2 })
  })

  it('stores a submission once when two processes store it at the same moment', async () => {
    const row = await abandonedIntake()
    expect(await Promise.all([storeIntakeEnquiry(payload, row), storeIntakeEnquiry(payload, row)])).toEqual([true, true])
    expect(await enquiriesFor(row.submission!.email)).toEqual([expect.objectContaining({ reference: row.reference })])
  })

  it('keeps a submission Payload refuses, with the reason, and tries it again only after its claim times out', async () => {
    const row = await abandonedIntake({ name: 'x'.repeat(200) })
    await ageClaim(row.id, '3 minutes')
    await drainEnquiryIntake(payload)
    const kept = await intakeRowOf(row.reference)
    expect(kept.storedAt).toBeNull()
    expect(kept.submission?.email).toBe(row.submission!.email)
    expect(kept.lastError).toMatch(/name/i)
    expect(kept.attempts).toBe(2)

    await drainEnquiryIntake(payload)
    expect((await intakeRowOf(row.reference)).attempts).toBe(2)
    expect(await enquiriesFor(row.submission!.email)).toHaveLength(0)
    const dashboard = await summarizeWaitingIntake(payload)
    expect(dashboard.waiting).toBeGreaterThanOrEqual(1)
    expect(dashboard.failed).toContainEqual({
      id: row.id,
      reference: row.reference,
      attempts: 2,
      lastError: kept.lastError,
      name: row.submission!.name,
      email: row.submission!.email,
      country: 'JP',
      locale: 'ja',
    })

    // An officer retries from the dashboard: refused again for the same reason, kept with it; an editor may not.
    const retry = (user: unknown) =>
      handleEndpoints({ config, request: new Request(`http://localhost/api/${COLLECTION_SLUGS.enquiries}/intake/${row.id}/retry`, { method: 'POST', headers: authHeaders(user) }) })
    expect((await retry(editorSession)).status).toBe(403)
    expect((await retry(officerSession)).status).toBe(422)
    expect((await intakeRowOf(row.reference)).attempts).toBe(3)

    // Once the cause is mended (here, the name shortened), the retry stores it under its reference.
    await db().update(enquiryIntake).set({ submission: { ...row.submission!, name: 'Tanaka Ken' } }).where(eq(enquiryIntake.id, row.id))
    const stored = await retry(officerSession)
    expect(stored.status).toBe(200)
    expect(await stored.json()).toEqual({ reference: row.reference, isStored: true })
    expect(await enquiriesFor(row.submission!.email)).toEqual([expect.objectContaining({ reference: row.reference, name: 'Tanaka Ken' })])
    expect((await summarizeWaitingIntake(payload)).failed.map((failed) => failed.reference)).not.toContain(row.reference)
    await db().delete(enquiryIntake).where(eq(enquiryIntake.id, row.id))
  })

  it('answers a retry after the enquiry is stored with the same reference, and only to the same address', async () => {
    const input = form()
    const first = await submit(input)
    await drainEnquiryIntake(payload)
    expect(await submit({ ...input, email: input.email.toUpperCase() })).toEqual(first)
    expect(await enquiriesFor(input.email)).toHaveLength(1)

    const stranger = await submit({ ...input, email: email() }, 'en')
    expect(stranger).toMatchObject({ isAccepted: false, reason: 'unavailable' })
    expect(await findIntakeReference(payload, { idempotencyKey: input.idempotencyKey, email: email() })).toBeNull()
  })

  it('keeps every digit of a reference once the numbers pass 999,999', async () => {
    await db().execute(sql.raw(`SELECT setval('"${REFERENCE_SEQUENCE}"', greatest(1234566, (SELECT last_value FROM "${REFERENCE_SEQUENCE}")))`))
    const result = await submit(form())
    expect(result.isAccepted ? result.reference : '').toMatch(/^SB-\d{4}-\d{7,}$/)
  })

  it('forgets a stored submission’s fields at once, and its key after a day', async () => {
    const input = form()
    const result = await submit(input)
    await drainEnquiryIntake(payload)
    const reference = result.isAccepted ? result.reference : ''
    const row = await intakeRowOf(reference)
    expect(row.submission).toBeNull()
    expect(row.emailHash).not.toContain(emailDomain)

    await forgetStoredIntake(payload)
    expect(await intakeRowOf(reference)).toBeDefined()
    await db().update(enquiryIntake).set({ storedAt: sql`now() - interval '25 hours'` }).where(eq(enquiryIntake.id, row.id))
    await forgetStoredIntake(payload)
    expect(await intakeRowOf(reference)).toBeUndefined()
  })
})
