import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INVESTOR_PAGE_CONTEXT } from '@/access/enquiries'
import { PARTNER_OFFICER_CONTEXT } from '@/access/users'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { investorKeyFor } from '@/lib/enquiries/investorKey'
import { sendThreadReply } from '@/lib/enquiries/threadReply'
import type { Enquiry, Partner, User } from '@/payload-types'
import { createPartner, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries
const REPLIES = COLLECTION_SLUGS.enquiryReplies

describe('a partner’s thread with the bureau', () => {
  let payload: Payload
  let officer: User
  let partner: Partner
  let otherPartner: Partner
  let ours: Enquiry
  let theirs: Enquiry

  const asPartner = (who: Partner) => ({ user: { ...who, collection: COLLECTION_SLUGS.partners } as const, overrideAccess: false })

  beforeAll(async () => {
    payload = await getTestPayload()
    officer = await createStaffUser(payload, 'officer')
    await payload.update({ collection: COLLECTION_SLUGS.users, id: officer.id, data: { name: '山田 花子', languages: ['ja', 'en'] } })
    partner = await createPartner(payload, 'Osaka Trade Advisers')
    otherPartner = await createPartner(payload, 'Busan Chamber of Commerce')
    const create = (who: Partner, name: string) =>
      payload.create({
        collection: ENQUIRIES,
        data: {
          reference: `SB-TEST-${uniqueSuffix()}`,
          type: 'project',
          status: 'new',
          name,
          email: `${uniqueSuffix()}@client.test`,
          locale: 'ja',
          message: `${name}：クルーズ港周辺のオフィスについて伺います。`,
          consent: true,
          assignee: officer.id,
          partner: who.id,
          notes: [{ body: 'Internal: budget unclear.' }],
        },
      })
    ours = await create(partner, '佐藤 健')
    theirs = await create(otherPartner, '김민준')
  })

  afterAll(async () => {
    await payload.delete({ collection: REPLIES, where: { enquiry: { in: [ours.id, theirs.id] } } })
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { in: [ours.id, theirs.id] } } })
    await payload.delete({ collection: ENQUIRIES, where: { id: { in: [ours.id, theirs.id] } } })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, where: { id: { in: [partner.id, otherPartner.id] } } })
    await deleteStaffUsers(payload)
  })

  it('sends the partner’s reply as the partner’s, tells the assigned officer who wrote it, and keeps it on the thread', async () => {
    const result = await sendThreadReply({
      payload,
      reference: ours.reference!,
      reader: { partner },
      body: '佐藤様より、来週の現地視察が可能か確認したいとのことです。',
      clientIp: '203.0.113.41',
      locale: 'ja',
    })
    expect(result).toEqual({ isSent: true, isKept: false })
    const { docs: replies } = await payload.find({ collection: REPLIES, where: { enquiry: { equals: ours.id } }, depth: 0 })
    expect(replies.map((reply) => [reply.from, reply.author ?? null])).toEqual([['partner', null]])

    const { docs: mail } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { and: [{ enquiry: { equals: ours.id } }, { to: { equals: officer.email } }, { kind: { equals: 'investor-reply' } }] }, depth: 0 })
    expect(mail).toHaveLength(1)
    expect(mail[0].subject).toContain(ours.reference)
    expect(mail[0].text).toContain('Osaka Trade Advisers')
    expect(mail[0].text).toContain('来週の現地視察')
  })

  it('refuses a reply to another partner’s enquiry, and a message the form would refuse', async () => {
    const other = await sendThreadReply({ payload, reference: theirs.reference!, reader: { partner }, body: 'A message long enough to pass the rule.', clientIp: '203.0.113.42', locale: 'en' })
    expect(other.isSent).toBe(false)
    const tooShort = await sendThreadReply({ payload, reference: ours.reference!, reader: { partner }, body: 'ok', clientIp: '203.0.113.42', locale: 'ja' })
    expect(tooShort).toMatchObject({ isSent: false })
    const { totalDocs } = await payload.find({ collection: REPLIES, where: { enquiry: { equals: theirs.id } }, depth: 0 })
    expect(totalDocs).toBe(0)
    await expect(payload.create({ collection: REPLIES, data: { enquiry: theirs.id, body: 'Written through the API to someone else’s client.' }, ...asPartner(partner) })).rejects.toThrow()
  })

  it('lets a partner read the replies of its own enquiries only, and the officer of its own enquiries only, without a sign-in address', async () => {
    await payload.create({ collection: REPLIES, data: { enquiry: theirs.id, body: '답변드립니다. 다음 주에 연락드리겠습니다.' }, user: officer, overrideAccess: false })
    const { docs } = await payload.find({ collection: REPLIES, ...asPartner(partner), depth: 0, limit: 100 })
    expect(new Set(docs.map((reply) => reply.enquiry))).toEqual(new Set([ours.id]))

    const read = (who: Partner, reference: string) =>
      payload.find({ collection: COLLECTION_SLUGS.users, ...asPartner(who), context: { [PARTNER_OFFICER_CONTEXT]: reference }, depth: 0 })
    const { docs: officers } = await read(partner, ours.reference!)
    expect(officers.map((user) => user.name)).toEqual(['山田 花子'])
    expect(officers[0]).not.toHaveProperty('email')
    expect(officers[0]).not.toHaveProperty('roles')
    expect((await read(partner, theirs.reference!)).docs).toEqual([])
    const withoutMark = await payload.find({ collection: COLLECTION_SLUGS.users, ...asPartner(partner), depth: 0 }).catch(() => ({ docs: [] }))
    expect(withoutMark.docs).toEqual([])
  })

  it('tells the partner, behind its sign-in, when an officer replies, while the client gets the reply itself', async () => {
    await payload.create({ collection: REPLIES, data: { enquiry: ours.id, body: '佐藤様\n来週水曜日の視察で承ります。' }, user: officer, overrideAccess: false })
    const { docs: toPartner } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { and: [{ enquiry: { equals: ours.id } }, { to: { equals: partner.email } }] }, depth: 0 })
    expect(toPartner.map((mail) => mail.kind)).toEqual(['partner-reply-notice'])
    expect(toPartner[0].text).toContain(`/ja/partner/enquiries/${ours.reference}`)
    expect(toPartner[0].text).not.toContain('来週水曜日')
    const { docs: toClient } = await payload.find({
      collection: COLLECTION_SLUGS.outbox,
      where: { and: [{ enquiry: { equals: ours.id } }, { to: { equals: ours.email } }, { kind: { not_equals: 'enquiry-confirmation' } }] },
      depth: 0,
    })
    expect(toClient.map((mail) => mail.kind)).toEqual(['enquiry-reply'])
    expect(toClient[0].text).toContain('来週水曜日')
  })

  it('shows the investor the partner’s message on their own page, and never the notes', async () => {
    const { docs } = await payload.find({
      collection: REPLIES,
      where: { enquiry: { equals: ours.id } },
      context: { [INVESTOR_PAGE_CONTEXT]: { reference: ours.reference, key: investorKeyFor(ours.reference!) } },
      overrideAccess: false,
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((reply) => reply.from)).toEqual(['partner', 'officer'])
    const { docs: enquiries } = await payload.find({ collection: ENQUIRIES, where: { id: { equals: ours.id } }, ...asPartner(partner), depth: 0 })
    expect(enquiries).toHaveLength(1)
    expect(enquiries[0].notes ?? []).toEqual([])
  })
})
