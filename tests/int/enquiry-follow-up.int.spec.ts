import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INVESTOR_PAGE_CONTEXT } from '@/access/enquiries'
import { INVESTOR_OFFICER_CONTEXT } from '@/access/users'
import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import { revealSecret, SECRET_MARK, unsealSecret } from '@/lib/email/sealedSecret'
import { FOLLOW_UP_WINDOW_DAYS, sendDueFollowUps } from '@/lib/enquiries/followUp'
import { recordInvestorFeedback } from '@/lib/enquiries/investorFeedback'
import { investorKeyFor } from '@/lib/enquiries/investorKey'
import { loadPipelineSummary } from '@/lib/enquiries/pipelineSummary'
import type { Enquiry, User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries
const DAY_MS = 24 * 60 * 60 * 1000

describe('an enquiry’s officer, closing and follow-up', () => {
  let payload: Payload
  let officer: User
  const created: number[] = []

  const createEnquiry = async (locale: 'ja' | 'ko' | 'en' | 'zh', name: string): Promise<Enquiry> => {
    const enquiry = await payload.create({
      collection: ENQUIRIES,
      data: { reference: `SB-TEST-${uniqueSuffix()}`, type: 'general', status: 'new', name, email: `${uniqueSuffix()}@investor.test`, locale, message: `${name}: a warehouse near the port.`, consent: true },
    })
    created.push(enquiry.id)
    return enquiry
  }
  const asOfficer = (id: number, data: Partial<Enquiry>) => payload.update({ collection: ENQUIRIES, id, data, user: officer, overrideAccess: false })
  const followUps = (id: number) => payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: id }, kind: { equals: 'enquiry-follow-up' } }, depth: 0 })
  const answer = (enquiry: Enquiry, value: unknown, key = investorKeyFor(enquiry.reference!)) =>
    recordInvestorFeedback({ payload, reference: enquiry.reference!, key, answer: value, clientIp: '203.0.113.40', locale: 'ja' })

  beforeAll(async () => {
    payload = await getTestPayload()
    officer = await createStaffUser(payload, 'officer')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { in: created } } })
    await payload.delete({ collection: ENQUIRIES, where: { id: { in: created } } })
    await deleteStaffUsers(payload)
  })

  it('records when it was closed, keeps that while it stays closed, and clears it when the enquiry reopens', async () => {
    const enquiry = await createEnquiry('ko', 'Park Ji-hoon')
    expect(enquiry.closedAt ?? null).toBeNull()
    const won = await asOfficer(enquiry.id, { status: 'won' })
    expect(won.closedAt).toBeTruthy()
    const lost = await asOfficer(enquiry.id, { status: 'lost' })
    expect(lost.closedAt).toBe(won.closedAt)
    const forged = await asOfficer(enquiry.id, { closedAt: '2020-01-01T00:00:00.000Z', followUpSentAt: '2020-01-01T00:00:00.000Z' })
    expect(forged.closedAt).toBe(won.closedAt)
    expect(forged.followUpSentAt ?? null).toBeNull()
    const reopened = await asOfficer(enquiry.id, { status: 'in-progress' })
    expect(reopened.closedAt ?? null).toBeNull()
  })

  it('sends one follow-up in the investor’s language the set number of days later, never before, never twice', async () => {
    const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site })
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { name: site.name || 'Invest Shibei', followUpDays: 5 } })
    const enquiry = await createEnquiry('ja', 'Sato Haruka')
    const closed = await asOfficer(enquiry.id, { status: 'won' })
    const closedAt = new Date(closed.closedAt!).getTime()

    await sendDueFollowUps(payload, new Date(closedAt + 5 * DAY_MS - 60_000))
    expect((await followUps(enquiry.id)).docs).toHaveLength(0)

    const due = new Date(closedAt + 5 * DAY_MS + 60_000)
    await sendDueFollowUps(payload, due)
    await sendDueFollowUps(payload, new Date(due.getTime() + DAY_MS))
    const { docs } = await followUps(enquiry.id)
    expect(docs).toHaveLength(1)
    const [message] = docs
    expect(message.to).toBe(enquiry.email)
    expect(message.subject).toContain(enquiry.reference)
    expect(message.subject).toContain('その後')
    // The link to the private page is in the message as a mark; the key itself is sealed beside it.
    expect(message.text).toContain(`/ja/enquiries/${enquiry.reference}?key=${SECRET_MARK}#feedback`)
    expect(message.text).not.toContain(investorKeyFor(enquiry.reference!))
    expect(revealSecret(message, unsealSecret(message.sealedSecret!)).text).toContain(`key=${investorKeyFor(enquiry.reference!)}#feedback`)
    expect(message.text).not.toContain('Sato Haruka')

    const stamped = await payload.findByID({ collection: ENQUIRIES, id: enquiry.id })
    expect(stamped.followUpSentAt).toBe(due.toISOString())
    // Closed again after reopening: still only the one follow-up.
    await asOfficer(enquiry.id, { status: 'in-progress' })
    const closedAgain = await asOfficer(enquiry.id, { status: 'lost' })
    await sendDueFollowUps(payload, new Date(new Date(closedAgain.closedAt!).getTime() + 6 * DAY_MS))
    expect((await followUps(enquiry.id)).docs).toHaveLength(1)
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { name: site.name || 'Invest Shibei', followUpDays: 14 } })
  })

  it('does not send a follow-up weeks too late, nor for an enquiry that is not closed', async () => {
    const late = await createEnquiry('en', 'Alex Morgan')
    const open = await createEnquiry('en', 'Sam Lee')
    const closed = await asOfficer(late.id, { status: 'lost' })
    await asOfficer(open.id, { status: 'in-progress' })
    await sendDueFollowUps(payload, new Date(new Date(closed.closedAt!).getTime() + (14 + FOLLOW_UP_WINDOW_DAYS + 1) * DAY_MS))
    expect((await followUps(late.id)).docs).toHaveLength(0)
    expect((await followUps(open.id)).docs).toHaveLength(0)
  })

  it('takes the investor’s answer through their key only, once the enquiry is closed, and lets them change it', async () => {
    const enquiry = await createEnquiry('ja', 'Tanaka Ren')
    const other = await createEnquiry('ja', 'Suzuki Aoi')
    await asOfficer(other.id, { status: 'won' })

    expect(await answer(enquiry, 'satisfied')).toMatchObject({ isRecorded: false })
    await asOfficer(enquiry.id, { status: 'won' })
    expect(await answer(enquiry, 'delighted')).toMatchObject({ isRecorded: false })
    expect(await answer(enquiry, 'satisfied', investorKeyFor(other.reference!))).toMatchObject({ isRecorded: false })
    const refused = await answer(enquiry, 'satisfied', 'not-the-key')
    expect(refused).toMatchObject({ isRecorded: false })
    if (!refused.isRecorded) expect(refused.error).toMatch(/[ぁ-ん]/)

    expect(await answer(enquiry, 'not-satisfied')).toEqual({ isRecorded: true })
    const first = await payload.findByID({ collection: ENQUIRIES, id: enquiry.id })
    expect(first.satisfaction).toBe('not-satisfied')
    expect(first.satisfactionAt).toBeTruthy()
    expect(await answer(enquiry, 'satisfied')).toEqual({ isRecorded: true })
    expect((await payload.findByID({ collection: ENQUIRIES, id: enquiry.id })).satisfaction).toBe('satisfied')
    expect((await payload.findByID({ collection: ENQUIRIES, id: other.id })).satisfaction ?? null).toBeNull()
  })

  it('lets neither an officer write the investor’s answer nor the key write anything else', async () => {
    const enquiry = await createEnquiry('ko', 'Choi Yuna')
    await asOfficer(enquiry.id, { status: 'won' })
    const byOfficer = await asOfficer(enquiry.id, { satisfaction: 'satisfied' })
    expect(byOfficer.satisfaction ?? null).toBeNull()

    const context = { [INVESTOR_PAGE_CONTEXT]: { reference: enquiry.reference!, key: investorKeyFor(enquiry.reference!) } }
    await expect(
      payload.update({ collection: ENQUIRIES, id: enquiry.id, data: { satisfaction: 'satisfied', status: 'in-progress' }, context, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(payload.update({ collection: ENQUIRIES, id: enquiry.id, data: { message: 'Rewritten.' }, context, overrideAccess: false })).rejects.toThrow()
    const stored = await payload.findByID({ collection: ENQUIRIES, id: enquiry.id })
    expect(stored).toMatchObject({ status: 'won', message: 'Choi Yuna: a warehouse near the port.' })
    expect(stored.satisfaction ?? null).toBeNull()

    // Read without the key, the answer is nobody's business; the officers' dashboard counts it.
    await expect(payload.find({ collection: ENQUIRIES, where: { id: { equals: enquiry.id } }, overrideAccess: false })).rejects.toThrow()
    const before = await loadPipelineSummary({ payload, user: officer, now: new Date() })
    await recordInvestorFeedback({ payload, reference: enquiry.reference!, key: investorKeyFor(enquiry.reference!), answer: 'satisfied', clientIp: '203.0.113.41', locale: 'ko' })
    const after = await loadPipelineSummary({ payload, user: officer, now: new Date() })
    expect(after.satisfaction.satisfied).toBe(before.satisfaction.satisfied + 1)
  })

  it('shows the investor the officer assigned to their enquiry: name, languages and photo, never the sign-in address or roles', async () => {
    const enquiry = await createEnquiry('ko', 'Han Seo-jun')
    const unassigned = await createEnquiry('ko', 'Yoon Ha-eun')
    const named = await payload.update({ collection: COLLECTION_SLUGS.users, id: officer.id, data: { name: '김지수', languages: ['ko', 'zh'] } })
    await asOfficer(enquiry.id, { assignee: officer.id })
    const asInvestorOf = (of: Enquiry, key = investorKeyFor(of.reference!)) =>
      payload.find({ collection: COLLECTION_SLUGS.users, context: { [INVESTOR_OFFICER_CONTEXT]: { reference: of.reference!, key } }, overrideAccess: false, depth: 0 })

    const { docs } = await asInvestorOf(enquiry)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ id: officer.id, name: '김지수', languages: ['ko', 'zh'] })
    expect(docs[0]).not.toHaveProperty('email')
    expect(docs[0]).not.toHaveProperty('roles')
    expect(named.email).toBe(officer.email)

    expect((await asInvestorOf(unassigned)).docs).toEqual([])
    await expect(asInvestorOf(enquiry, 'not-the-key')).rejects.toThrow()
    await expect(payload.find({ collection: COLLECTION_SLUGS.users, overrideAccess: false })).rejects.toThrow()
    // Staff still read their own sign-in address.
    const self = await payload.findByID({ collection: COLLECTION_SLUGS.users, id: officer.id, user: officer, overrideAccess: false })
    expect(self.email).toBe(officer.email)
  })
})
