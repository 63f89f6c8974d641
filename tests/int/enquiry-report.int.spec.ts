import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { type EnquiryReport, loadAssignees, loadEnquiryReport, reportPeriod } from '@/lib/enquiries/report'
import type { Enquiry, User } from '@/payload-types'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries
const HOUR_MS = 60 * 60 * 1000

/** Instants in Qingdao time, where the office counts its weeks (Monday to Sunday). */
const at = (local: string) => new Date(`${local}+08:00`).toISOString()

type Seeded = Pick<Enquiry, 'type' | 'status'> & {
  country?: string
  assignee?: number
  createdAt: string
  dueAt: string
  firstRespondedAt?: string
  followUpSentAt?: string
  satisfaction?: Enquiry['satisfaction']
}

describe('the officers’ enquiry report', () => {
  let payload: Payload
  let officerJa: User
  let officerKo: User
  let editor: User
  let report: EnquiryReport
  const now = new Date('2026-11-01T00:00:00Z')
  // Three weeks: from Monday 5 October to Sunday 25 October 2026.
  const period = reportPeriod({ from: '2026-10-07', to: '2026-10-25', now })

  const staff = (role: 'officer' | 'editor', name: string, languages: ('zh' | 'en' | 'ja' | 'ko')[]) =>
    payload.create({
      collection: COLLECTION_SLUGS.users,
      data: { email: `${role}-${uniqueSuffix()}@staff.test`, password: TEST_PASSWORD, roles: [role], name, languages },
    })

  /** An enquiry through the Local API; the instants the server stamps itself are then set through the database adapter. */
  const seed = async ({ createdAt, dueAt, firstRespondedAt, followUpSentAt, satisfaction, ...data }: Seeded) => {
    const enquiry = await payload.create({
      collection: ENQUIRIES,
      data: { reference: `SB-REPORT-${uniqueSuffix()}`, name: 'Investor', email: `${uniqueSuffix()}@investor.test`, message: 'We would like to know the terms for setting up an office in the district.', consent: true, ...data },
    })
    await payload.db.updateOne({
      collection: ENQUIRIES,
      id: enquiry.id,
      data: { createdAt, dueAt, firstRespondedAt: firstRespondedAt ?? null, followUpSentAt: followUpSentAt ?? null, satisfaction: satisfaction ?? null },
    })
  }

  const signIn = async (collection: 'users' | 'partners', email: string) => {
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${collection}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      }),
    })
    return `JWT ${((await response.json()) as { token: string }).token}`
  }

  const get = (path: string, authorization?: string) =>
    handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${ENQUIRIES}/${path}`, {
        headers: { 'accept-language': 'en', ...(authorization ? { authorization } : {}) },
      }),
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    officerJa = await staff('officer', 'Sato Yui', ['ja', 'zh'])
    officerKo = await staff('officer', 'Kim Min-jun', ['ko'])
    editor = await staff('editor', 'Editor', ['zh'])
    // Week 1 (5–11 October).
    await seed({ createdAt: at('2026-10-05T09:00:00'), type: 'project', country: 'JP', status: 'contacted', assignee: officerJa.id, dueAt: at('2026-10-07T09:00:00'), firstRespondedAt: at('2026-10-05T13:00:00') })
    await seed({
      createdAt: at('2026-10-06T10:00:00'), type: 'fund', country: 'KR', status: 'won', assignee: officerKo.id,
      dueAt: at('2026-10-08T10:00:00'), firstRespondedAt: at('2026-10-09T10:00:00'), followUpSentAt: at('2026-10-20T10:00:00'), satisfaction: 'satisfied',
    })
    // Week 2: 00:30 on Monday in Qingdao is still Sunday in UTC; the office's week counts.
    await seed({ createdAt: at('2026-10-12T00:30:00'), type: 'project', country: 'JP', status: 'new', assignee: officerJa.id, dueAt: at('2026-10-14T00:30:00') })
    await seed({ createdAt: at('2026-10-13T08:00:00'), type: 'general', status: 'triaged', dueAt: at('2026-10-15T08:00:00') })
    // Week 3, the last day ending at midnight in Qingdao.
    await seed({ createdAt: at('2026-10-19T09:00:00'), type: 'talent', country: 'US', status: 'spam', dueAt: at('2026-10-21T09:00:00') })
    await seed({
      createdAt: at('2026-10-20T09:00:00'), type: 'project', country: 'JP', status: 'lost', assignee: officerKo.id,
      dueAt: at('2026-10-22T09:00:00'), firstRespondedAt: at('2026-10-20T11:00:00'), followUpSentAt: at('2026-10-24T10:00:00'),
    })
    await seed({ createdAt: at('2026-10-25T23:30:00'), type: 'area', country: 'KR', status: 'new', dueAt: at('2026-10-27T23:30:00') })
    // Arrived the Sunday before the period, answered and due within it.
    await seed({ createdAt: at('2026-10-04T23:00:00'), type: 'rcep', country: 'SG', status: 'in-progress', assignee: officerJa.id, dueAt: at('2026-10-06T23:00:00'), firstRespondedAt: at('2026-10-05T01:00:00') })
    report = await loadEnquiryReport({ payload, period, now })
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { id: { exists: true } } })
    await payload.delete({ collection: ENQUIRIES, where: { reference: { like: 'SB-REPORT-' } } })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, where: { email: { like: '@partner.test' } } })
    await deleteStaffUsers(payload)
  })

  it('covers whole office weeks, by default the last 12 with this one', () => {
    expect(period.weeks).toEqual(['2026-10-05', '2026-10-12', '2026-10-19'])
    expect(period.start.toISOString()).toBe(at('2026-10-05T00:00:00'))
    expect(period.end.toISOString()).toBe(at('2026-10-26T00:00:00'))
    const byDefault = reportPeriod({ now: new Date(at('2026-12-06T23:00:00')) })
    expect(byDefault.weeks).toHaveLength(12)
    expect(byDefault.weeks.at(-1)).toBe('2026-11-30')
    expect(reportPeriod({ from: 'nonsense', to: '2026-02-30x', now }).weeks).toHaveLength(12)
  })

  it('counts the enquiries of each week by type and country without spam, and by status with it', () => {
    const byType = Object.fromEntries(report.byType.map(({ key, counts }) => [key, counts]))
    expect(byType).toEqual({ general: [0, 1, 0], project: [1, 1, 1], fund: [1, 0, 0], rcep: [0, 0, 0], talent: [0, 0, 0], area: [0, 0, 1] })
    expect(report.byCountry).toEqual([
      { key: 'JP', counts: [1, 1, 1] },
      { key: 'KR', counts: [1, 0, 1] },
      { key: '', counts: [0, 1, 0] },
    ])
    const byStatus = Object.fromEntries(report.byStatus.map(({ key, counts }) => [key, counts]))
    expect(byStatus).toEqual({
      new: [0, 1, 1], triaged: [0, 1, 0], contacted: [1, 0, 0], 'in-progress': [0, 0, 0], won: [1, 0, 0], lost: [0, 0, 1], spam: [0, 0, 1],
    })
  })

  it('gives the share answered by the deadline, of those due in the period, and the median first response', () => {
    // Due in the period (spam aside): six; answered by the deadline: three.
    expect(report.onTime).toEqual({ answered: 3, due: 6 })
    // First answered in the period: after 2, 2, 4 and 72 hours.
    expect(report.firstResponse).toEqual({ medianMs: 3 * HOUR_MS, count: 4 })
  })

  it('counts the open enquiries of each officer now, and the unassigned ones', () => {
    const open = (user: User) => report.openByOfficer.find((officer) => officer.id === user.id)
    expect(open(officerJa)).toMatchObject({ name: 'Sato Yui', languages: ['ja', 'zh'], open: 3 })
    expect(open(officerKo)).toMatchObject({ name: 'Kim Min-jun', languages: ['ko'], open: 0 })
    expect(open(editor)).toBeUndefined()
    expect(report.openUnassigned).toBe(2)
  })

  it('counts the answers to the follow-ups sent in the period', () => {
    expect(report.satisfaction).toEqual({ satisfied: 1, 'not-satisfied': 0, none: 1 })
  })

  it('exports the same numbers as CSV, with a byte-order mark, for officers only', async () => {
    const response = await get('report.csv?from=2026-10-05&to=2026-10-25', await signIn('users', officerJa.email))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe('Measure,Category,Week of,Value')
    expect(lines).toContain('Enquiries per week by type,Investment project,2026-10-12,1')
    expect(lines).toContain('Enquiries per week by country,Japan,2026-10-19,1')
    expect(lines).toContain('Enquiries per week by country,Not given,2026-10-12,1')
    expect(lines).toContain('Enquiries per week by current status,Spam,2026-10-19,1')
    expect(lines).toContain('Answered on time,Answered by the deadline,,3')
    expect(lines).toContain('Answered on time,Fell due,,6')
    expect(lines).toContain('Median first response,Median (hours),,3')
    expect(lines).toContain('Open enquiries by officer,Sato Yui,,3')
    expect(lines).toContain('Open enquiries by officer,Unassigned,,2')
    expect(lines).toContain('Answers to the follow-up,Satisfied,,1')
    expect(lines).toContain('Answers to the follow-up,No answer,,1')
  })

  it('keeps the report and the officers’ load from partners, editors and the signed-out', async () => {
    const partner = await createPartner(payload, 'Osaka Chamber of Commerce')
    const partnerToken = await signIn('partners', partner.email)
    const editorToken = await signIn('users', editor.email)
    for (const path of ['report.csv', 'assignees']) {
      expect((await get(path)).status).toBe(403)
      expect((await get(path, partnerToken)).status).toBe(403)
      expect((await get(path, editorToken)).status).toBe(403)
    }
  })

  it('lists who can take an enquiry with their languages and open load, for officers', async () => {
    const response = await get('assignees', await signIn('users', officerKo.email))
    expect(response.status).toBe(200)
    const { officers } = (await response.json()) as { officers: Awaited<ReturnType<typeof loadAssignees>> }
    expect(officers.find((officer) => officer.id === officerJa.id)).toMatchObject({ languages: ['ja', 'zh'], open: 3 })
    expect(officers.find((officer) => officer.id === officerKo.id)).toMatchObject({ languages: ['ko'], open: 0 })
    expect(officers.some((officer) => officer.id === editor.id)).toBe(false)
  })
})
