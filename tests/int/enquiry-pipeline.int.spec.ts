import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ENQUIRY_FORM_CONTEXT } from '@/access/enquiries'
import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import { replyDueAt, WEEKDAYS_ONLY } from '@/lib/dates/businessDays'
import { isOverdue } from '@/lib/enquiries/overdue'
import { firstResponseTimesMs, loadPipelineSummary, median } from '@/lib/enquiries/pipelineSummary'
import { relationId } from '@/lib/relationId'
import type { Enquiry, Partner, User } from '@/payload-types'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries
const HOUR_MS = 60 * 60 * 1000

describe('reply deadlines in business days', () => {
  // Instants written in Qingdao time (UTC+8), where the office counts its days.
  it.each([
    ['Wednesday morning', '2026-11-25T10:00:00+08:00', '2026-11-27T17:30:00+08:00'],
    ['Wednesday before the office opens', '2026-11-25T07:00:00+08:00', '2026-11-27T17:30:00+08:00'],
    ['Friday afternoon', '2026-11-27T15:00:00+08:00', '2026-12-01T17:30:00+08:00'],
    ['Saturday', '2026-11-28T09:00:00+08:00', '2026-12-01T17:30:00+08:00'],
    ['Sunday night', '2026-11-29T23:30:00+08:00', '2026-12-01T17:30:00+08:00'],
  ])('is due at the close of office, two business days after a %s, skipping the weekend', (_day, from, due) => {
    expect(replyDueAt({ from: new Date(from), businessDays: 2, calendar: WEEKDAYS_ONLY }).toISOString()).toBe(new Date(due).toISOString())
  })

  it('counts in Qingdao’s week, not the server’s: Friday 23:30 in Qingdao is still Friday', () => {
    expect(replyDueAt({ from: new Date('2026-11-27T23:30:00+08:00'), businessDays: 1, calendar: WEEKDAYS_ONLY }).toISOString()).toBe(
      new Date('2026-11-30T17:30:00+08:00').toISOString(),
    )
  })
})

describe('dashboard numbers', () => {
  it('takes the median of the first-response times, leaving spam out', () => {
    const arrived = '2026-11-02T00:00:00.000Z'
    const after = (hours: number) => new Date(new Date(arrived).getTime() + hours * HOUR_MS).toISOString()
    const times = firstResponseTimesMs([
      { createdAt: arrived, firstRespondedAt: after(1), status: 'triaged' },
      { createdAt: arrived, firstRespondedAt: after(5), status: 'won' },
      { createdAt: arrived, firstRespondedAt: after(30), status: 'contacted' },
      { createdAt: arrived, firstRespondedAt: after(0.1), status: 'spam' },
      { createdAt: arrived, firstRespondedAt: null, status: 'new' },
    ])
    expect(times).toEqual([1 * HOUR_MS, 5 * HOUR_MS, 30 * HOUR_MS])
    expect(median(times)).toBe(5 * HOUR_MS)
    expect(median([1, 2, 3, 10])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  it('calls an enquiry overdue only while the investor still waits for a reply', () => {
    const now = new Date('2026-11-25T12:00:00Z')
    expect(isOverdue({ dueAt: '2026-11-25T11:00:00Z', status: 'new' }, now)).toBe(true)
    expect(isOverdue({ dueAt: '2026-11-25T11:00:00Z', status: 'triaged' }, now)).toBe(true)
    expect(isOverdue({ dueAt: '2026-11-25T11:00:00Z', status: 'contacted' }, now)).toBe(false)
    expect(isOverdue({ dueAt: '2026-11-25T13:00:00Z', status: 'new' }, now)).toBe(false)
  })
})

describe('the officers’ pipeline', () => {
  let payload: Payload
  let admin: User
  let officer: User
  let colleague: User
  let editor: User
  let partner: Partner
  const created: number[] = []

  const newEnquiry = async (data: Partial<Enquiry> = {}) => {
    const enquiry = await payload.create({
      collection: ENQUIRIES,
      data: {
        reference: `SB-TEST-${uniqueSuffix()}`,
        type: 'project',
        name: 'Lee Ji-woo',
        email: `${uniqueSuffix()}@investor.test`,
        locale: 'ko',
        status: 'new',
        message: '크루즈항 지역 임대 조건이 궁금합니다.',
        consent: true,
        ...data,
      },
    })
    created.push(enquiry.id)
    return enquiry
  }

  const asOfficer = (user: User, id: number, data: Partial<Enquiry>) =>
    payload.update({ collection: ENQUIRIES, id, data, user, overrideAccess: false })

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await createStaffUser(payload, 'admin')
    officer = await createStaffUser(payload, 'officer')
    colleague = await createStaffUser(payload, 'officer')
    editor = await createStaffUser(payload, 'editor')
    partner = await createPartner(payload, 'Busan Chamber of Commerce')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { in: created } } })
    await payload.delete({ collection: ENQUIRIES, where: { id: { in: created } } })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, id: partner.id })
    await deleteStaffUsers(payload)
  })

  it('records every status change with who made it and when', async () => {
    const enquiry = await newEnquiry()
    await asOfficer(officer, enquiry.id, { status: 'triaged' })
    await asOfficer(officer, enquiry.id, { assignee: colleague.id })
    const contacted = await asOfficer(colleague, enquiry.id, { status: 'contacted' })
    const history = (contacted.statusHistory ?? []).map((entry) => ({
      status: entry.status,
      by: relationId(entry.changedBy),
    }))
    expect(history).toEqual([
      { status: 'new', by: null },
      { status: 'triaged', by: officer.id },
      { status: 'contacted', by: colleague.id },
    ])
    for (const entry of contacted.statusHistory ?? []) expect(Date.now() - new Date(entry.changedAt).getTime()).toBeLessThan(60_000)
  })

  it('lets nobody forge or rewrite the status history, not even an admin', async () => {
    const enquiry = await newEnquiry()
    const forged = [{ status: 'won' as const, changedBy: admin.id, changedAt: '2020-01-01T00:00:00.000Z' }]
    const byOfficer = await asOfficer(officer, enquiry.id, { statusHistory: forged })
    expect(byOfficer.statusHistory?.map((entry) => entry.status)).toEqual(['new'])
    const byAdmin = await payload.update({ collection: ENQUIRIES, id: enquiry.id, data: { statusHistory: forged }, user: admin, overrideAccess: false })
    expect(byAdmin.statusHistory?.map((entry) => entry.status)).toEqual(['new'])
    const byServerCode = await payload.update({ collection: ENQUIRIES, id: enquiry.id, data: { statusHistory: forged } })
    expect(byServerCode.statusHistory?.map((entry) => entry.status)).toEqual(['new'])
  })

  it('stamps the first response when the investor first hears from us, not at triage, and keeps it', async () => {
    const enquiry = await newEnquiry()
    expect(enquiry.firstRespondedAt ?? null).toBeNull()
    const triaged = await asOfficer(officer, enquiry.id, { status: 'triaged' })
    expect(triaged.firstRespondedAt ?? null).toBeNull()
    const contacted = await asOfficer(officer, enquiry.id, { status: 'contacted', firstRespondedAt: '2020-01-01T00:00:00.000Z' })
    expect(contacted.firstRespondedAt).toBeTruthy()
    expect(contacted.firstRespondedAt).not.toBe('2020-01-01T00:00:00.000Z')
    const inProgress = await asOfficer(officer, enquiry.id, { status: 'in-progress' })
    expect(inProgress.firstRespondedAt).toBe(contacted.firstRespondedAt)
    const spam = await asOfficer(officer, (await newEnquiry()).id, { status: 'spam' })
    expect(spam.firstRespondedAt ?? null).toBeNull()
  })

  it('signs each new note with its author and the server’s time, whatever the officer sent', async () => {
    const enquiry = await newEnquiry()
    const updated = await asOfficer(officer, enquiry.id, {
      notes: [{ body: 'Called, wants a site visit in March.', author: colleague.id, createdAt: '2020-01-01T00:00:00.000Z' }],
    })
    const [note] = updated.notes ?? []
    expect(relationId(note.author)).toBe(officer.id)
    expect(Date.now() - new Date(note.createdAt as string).getTime()).toBeLessThan(60_000)
  })

  it('lets an officer edit their own note but never change or remove a colleague’s', async () => {
    const enquiry = await newEnquiry()
    const withNote = await asOfficer(officer, enquiry.id, { notes: [{ body: 'First call done.' }] })
    const own = withNote.notes![0]

    await expect(asOfficer(colleague, enquiry.id, { notes: [{ id: own.id, body: 'Rewritten by someone else.' }] })).rejects.toMatchObject({
      status: 400,
    })
    await expect(asOfficer(colleague, enquiry.id, { notes: [] })).rejects.toMatchObject({ status: 400 })

    const appended = await asOfficer(colleague, enquiry.id, { notes: [{ id: own.id, body: own.body }, { body: 'Sent the brochure.' }] })
    expect(appended.notes?.map((note) => note.body)).toEqual(['First call done.', 'Sent the brochure.'])

    const edited = await asOfficer(officer, enquiry.id, {
      notes: [{ id: own.id, body: 'First call done; prefers e-mail.' }, ...appended.notes!.slice(1).map(({ id, body }) => ({ id, body }))],
    })
    expect(edited.notes?.map((note) => note.body)).toEqual(['First call done; prefers e-mail.', 'Sent the brochure.'])
    const stored = await payload.findByID({ collection: ENQUIRIES, id: enquiry.id, depth: 0 })
    expect(stored.notes?.map((note) => note.author)).toEqual([officer.id, colleague.id])
  })

  it('sets the reply deadline from the site settings’ business days, and no partner can set it', async () => {
    const before = new Date()
    const enquiry = await newEnquiry()
    const expected = replyDueAt({ from: before, businessDays: 2, calendar: WEEKDAYS_ONLY }).getTime()
    expect(Math.abs(new Date(enquiry.dueAt as string).getTime() - expected)).toBeLessThan(60_000)

    const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site })
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { name: site.name || 'Invest Shibei', enquiryResponseBusinessDays: 5, _status: 'published' } })
    try {
      const fromPartner = await payload.create({
        collection: ENQUIRIES,
        data: { type: 'general', status: 'new', name: 'Client', email: 'client@investor.test', message: 'About the CBD', consent: true, dueAt: '2030-01-01T00:00:00.000Z' },
        user: partner,
        overrideAccess: false,
        // As the partners' form stores it (lib/enquiries/storeIntake.ts): partners create no other way.
        context: { [ENQUIRY_FORM_CONTEXT]: true },
      })
      created.push(fromPartner.id)
      const fiveDays = replyDueAt({ from: new Date(fromPartner.createdAt), businessDays: 5, calendar: WEEKDAYS_ONLY }).getTime()
      expect(Math.abs(new Date(fromPartner.dueAt as string).getTime() - fiveDays)).toBeLessThan(60_000)
    } finally {
      await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, data: { enquiryResponseBusinessDays: site.enquiryResponseBusinessDays, _status: 'published' } })
    }
  })

  it('e-mails the officer an enquiry is assigned to, but not one who takes it on themselves', async () => {
    const enquiry = await newEnquiry()
    await asOfficer(officer, enquiry.id, { assignee: colleague.id })
    await asOfficer(officer, enquiry.id, { assignee: officer.id })
    const { docs } = await payload.find({
      collection: COLLECTION_SLUGS.outbox,
      where: { enquiry: { equals: enquiry.id }, kind: { equals: 'enquiry-assignment' } },
      pagination: false,
    })
    expect(docs.map((message) => message.to)).toEqual([colleague.email])
    expect(docs[0].subject).toContain(enquiry.reference)
    expect(docs[0].text).toContain(`/admin/collections/enquiries/${enquiry.id}`)
    expect(docs[0].status).toBe('queued')
  })

  it('counts the pipeline for the dashboard: by status, overdue, and first responses this month', async () => {
    const now = new Date()
    const before = await loadPipelineSummary({ payload, user: officer, now })
    const late = await newEnquiry({ dueAt: new Date(now.getTime() - HOUR_MS).toISOString() })
    await newEnquiry({ dueAt: new Date(now.getTime() - HOUR_MS).toISOString(), status: 'won' })
    await asOfficer(officer, late.id, { status: 'triaged' })
    const after = await loadPipelineSummary({ payload, user: officer, now: new Date() })
    expect(after.countsByStatus.triaged - before.countsByStatus.triaged).toBe(1)
    expect(after.countsByStatus.won - before.countsByStatus.won).toBe(1)
    expect(after.overdue - before.overdue).toBe(1)
    expect(after.respondedThisMonth - before.respondedThisMonth).toBeGreaterThanOrEqual(1)
    expect(after.medianFirstResponseMs).not.toBeNull()
    await expect(loadPipelineSummary({ payload, user: editor, now })).rejects.toMatchObject({ status: 403 })
  })

  it('exports the filtered list as CSV for officers only', async () => {
    const enquiry = await newEnquiry({ name: '=HYPERLINK("http://evil.test")', organisation: 'Busan, Port & Co.' })
    const csvOfficer = await payload.create({
      collection: COLLECTION_SLUGS.users,
      data: { email: `csv-${uniqueSuffix()}@staff.test`, password: TEST_PASSWORD, roles: ['officer'] },
    })
    const login = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${COLLECTION_SLUGS.users}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: csvOfficer.email, password: TEST_PASSWORD }),
      }),
    })
    const { token } = (await login.json()) as { token: string }
    const url = `http://localhost/api/${ENQUIRIES}/export.csv?where[reference][equals]=${enquiry.reference}`
    const response = await handleEndpoints({ config, request: new Request(url, { headers: { authorization: `JWT ${token}` } }) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const lines = (await response.text()).trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(enquiry.reference)
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"")"`)
    expect(lines[1]).toContain('"Busan, Port & Co."')

    const anonymous = await handleEndpoints({ config, request: new Request(url) })
    expect(anonymous.status).toBe(403)
  })
})
