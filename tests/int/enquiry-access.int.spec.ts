import config from '@payload-config'
import { canAccessAdmin, handleEndpoints, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Enquiry, Partner, User } from '@/payload-types'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries

describe('who may see and work enquiries', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let officer: User
  let partnerA: Partner
  let partnerB: Partner
  let ofA: Enquiry
  let ofB: Enquiry
  let anonymous: Enquiry

  const enquiry = (partner?: Partner) =>
    payload.create({
      collection: ENQUIRIES,
      data: {
        reference: `SB-TEST-${uniqueSuffix()}`,
        type: 'general',
        status: 'new',
        name: 'Kim Min-jun',
        email: `${uniqueSuffix()}@investor.test`,
        message: 'We would like to know more about the cruise port area.',
        consent: true,
        partner: partner?.id,
        notes: [{ body: 'Called back, interested in leasing.' }],
      },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await createStaffUser(payload, 'admin')
    editor = await createStaffUser(payload, 'editor')
    officer = await createStaffUser(payload, 'officer')
    partnerA = await createPartner(payload, 'Korea Chamber A')
    partnerB = await createPartner(payload, 'Japan Chamber B')
    ofA = await enquiry(partnerA)
    ofB = await enquiry(partnerB)
    anonymous = await enquiry()
  })

  afterAll(async () => {
    await payload.delete({ collection: ENQUIRIES, where: { id: { in: [ofA.id, ofB.id, anonymous.id] } } })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, where: { id: { in: [partnerA.id, partnerB.id] } } })
    await deleteStaffUsers(payload)
  })

  it('never lets an anonymous caller list, read, change or delete an enquiry', async () => {
    const denied = { status: 403 }
    await expect(payload.find({ collection: ENQUIRIES, overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(payload.findByID({ collection: ENQUIRIES, id: ofA.id, overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(
      payload.update({ collection: ENQUIRIES, id: ofA.id, data: { status: 'spam' }, overrideAccess: false }),
    ).rejects.toMatchObject(denied)
    await expect(payload.delete({ collection: ENQUIRIES, id: ofA.id, overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(
      payload.create({ collection: ENQUIRIES, data: { type: 'general', status: 'new', name: 'x', email: 'x@x.test', message: 'x', consent: true }, overrideAccess: false }),
    ).rejects.toMatchObject(denied)
  })

  it('never lets an anonymous caller reach enquiries through REST either', async () => {
    for (const path of [`/api/${ENQUIRIES}`, `/api/${ENQUIRIES}/${ofA.id}`]) {
      const response = await handleEndpoints({ config, request: new Request(`http://localhost${path}`) })
      expect(response.status).toBe(403)
    }
  })

  it('shows an editor no enquiries at all', async () => {
    await expect(payload.find({ collection: ENQUIRIES, user: editor, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('shows a partner only its own enquiries, without the internal notes', async () => {
    const { docs } = await payload.find({ collection: ENQUIRIES, user: partnerA, overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toEqual([ofA.id])
    expect(JSON.stringify(docs[0])).not.toContain('Called back')
    await expect(payload.findByID({ collection: ENQUIRIES, id: ofB.id, user: partnerA, overrideAccess: false })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('shows a partner signed in over REST only its own enquiries', async () => {
    const login = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${COLLECTION_SLUGS.partners}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: partnerA.email, password: TEST_PASSWORD }),
      }),
    })
    const { token } = (await login.json()) as { token: string }
    const list = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${ENQUIRIES}`, { headers: { authorization: `JWT ${token}` } }),
    })
    const { docs } = (await list.json()) as { docs: Enquiry[] }
    expect(docs.map((doc) => doc.id)).toEqual([ofA.id])
    expect(JSON.stringify(docs[0])).not.toContain('Called back')
  })

  it('refuses a partner’s own create through the API, which would skip the form’s checks, limits and idempotency', async () => {
    const data = { type: 'fund', name: 'Client', email: 'client@investor.test', message: 'About the funds, please.', consent: true, partner: partnerB.id, status: 'won' } as const
    await expect(payload.create({ collection: ENQUIRIES, data, user: partnerA, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const login = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${COLLECTION_SLUGS.partners}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: partnerA.email, password: TEST_PASSWORD }),
      }),
    })
    const { token } = (await login.json()) as { token: string }
    const created = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${ENQUIRIES}`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...data, idempotencyKey: crypto.randomUUID() }),
      }),
    })
    expect(created.status).toBe(403)
    expect((await payload.count({ collection: ENQUIRIES, where: { email: { equals: data.email } } })).totalDocs).toBe(0)
  })

  it('lets an officer read every enquiry and work status, assignee and notes, but not rewrite what the investor sent', async () => {
    const { docs } = await payload.find({ collection: ENQUIRIES, user: officer, overrideAccess: false, limit: 100 })
    expect(docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([ofA.id, ofB.id, anonymous.id]))
    const updated = await payload.update({
      collection: ENQUIRIES,
      id: anonymous.id,
      data: { status: 'triaged', assignee: officer.id, message: 'rewritten' },
      user: officer,
      overrideAccess: false,
    })
    expect(updated.status).toBe('triaged')
    expect(updated.message).toBe('We would like to know more about the cruise port area.')
    await expect(payload.delete({ collection: ENQUIRIES, id: anonymous.id, user: officer, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('lets an admin work the enquiry but not rewrite what the investor sent either (corrections are notes)', async () => {
    const before = await payload.findByID({ collection: ENQUIRIES, id: ofB.id })
    const updated = await payload.update({ collection: ENQUIRIES, id: ofB.id, data: { message: 'Corrected by an admin.', name: 'Someone else', status: 'triaged' }, user: admin, overrideAccess: false })
    expect(updated.status).toBe('triaged')
    expect(updated.message).toBe(before.message)
    expect(updated.name).toBe(before.name)
  })
})

describe('partner accounts', () => {
  let payload: Payload
  let partner: Partner
  let other: Partner
  let officer: User

  beforeAll(async () => {
    payload = await getTestPayload()
    partner = await createPartner(payload, 'Osaka Trade Office')
    other = await createPartner(payload, 'Seoul Consultancy')
    officer = await createStaffUser(payload, 'officer')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.partners, where: { id: { in: [partner.id, other.id] } } })
    await deleteStaffUsers(payload)
  })

  it('are hidden from anonymous callers', async () => {
    await expect(payload.find({ collection: COLLECTION_SLUGS.partners, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('let a partner read and update itself but not verify itself or see others', async () => {
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.partners, user: partner, overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toEqual([partner.id])
    const updated = await payload.update({
      collection: COLLECTION_SLUGS.partners,
      id: partner.id,
      data: { contactPerson: 'Sato Yuki', verified: true },
      user: partner,
      overrideAccess: false,
    })
    expect(updated.contactPerson).toBe('Sato Yuki')
    expect(updated.verified).toBe(false)
    await expect(
      payload.update({ collection: COLLECTION_SLUGS.partners, id: other.id, data: { contactPerson: 'x' }, user: partner, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('are readable by officers', async () => {
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.partners, user: officer, overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([partner.id, other.id]))
  })

  it('cannot open the admin, unlike staff', async () => {
    const asUser = (user: Partner | User) => canAccessAdmin({ req: { user, payload } as unknown as PayloadRequest })
    await expect(asUser(partner)).rejects.toMatchObject({ status: 401 })
    await expect(asUser(officer)).resolves.toBeUndefined()
  })
})
