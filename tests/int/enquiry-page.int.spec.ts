import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INVESTOR_PAGE_CONTEXT } from '@/access/enquiries'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { revealSecret, SECRET_MARK, unsealSecret } from '@/lib/email/sealedSecret'
import { investorKeyFor, isInvestorKey } from '@/lib/enquiries/investorKey'
import { sendThreadReply } from '@/lib/enquiries/threadReply'
import type { Enquiry, User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries

describe('the key of an enquiry’s private page', () => {
  let payload: Payload
  let officer: User
  let otherOfficer: User
  let editor: User
  let mine: Enquiry
  let theirs: Enquiry

  const asInvestor = (reference: string, key: unknown, where = { reference: { equals: reference } }) =>
    payload.find({
      collection: ENQUIRIES,
      where,
      context: { [INVESTOR_PAGE_CONTEXT]: { reference, key } },
      overrideAccess: false,
      select: { reference: true, message: true, notes: true, assignee: true, statusHistory: true, firstRespondedAt: true, status: true },
      depth: 0,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    officer = await createStaffUser(payload, 'officer')
    otherOfficer = await createStaffUser(payload, 'officer')
    editor = await createStaffUser(payload, 'editor')
    const create = (name: string) =>
      payload.create({
        collection: ENQUIRIES,
        data: {
          reference: `SB-TEST-${uniqueSuffix()}`,
          type: 'general',
          status: 'new',
          name,
          email: `${uniqueSuffix()}@investor.test`,
          locale: 'ko',
          message: `${name}: office space near the cruise port.`,
          consent: true,
          assignee: officer.id,
          notes: [{ body: 'Budget looks small; check with the district first.' }],
        },
      })
    mine = await create('Kim Min-jun')
    theirs = await create('Lee Seo-yeon')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.enquiryReplies, where: { enquiry: { in: [mine.id, theirs.id] } } })
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { in: [mine.id, theirs.id] } } })
    await payload.delete({ collection: ENQUIRIES, where: { id: { in: [mine.id, theirs.id] } } })
    await deleteStaffUsers(payload)
  })

  it('is the same for the same reference, differs between references, and is checked exactly', () => {
    const key = investorKeyFor(mine.reference!)
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(investorKeyFor(mine.reference!)).toBe(key)
    expect(investorKeyFor(theirs.reference!)).not.toBe(key)
    expect(isInvestorKey(mine.reference!, key)).toBe(true)
    for (const wrong of [undefined, '', key.slice(1), `${key}A`, investorKeyFor(theirs.reference!), ['x'], 42, 'x'.repeat(10_000)]) {
      expect(isInvestorKey(mine.reference!, wrong)).toBe(false)
    }
  })

  it('opens its own enquiry, and of it neither the notes, the assignee nor the history', async () => {
    const { docs } = await asInvestor(mine.reference!, investorKeyFor(mine.reference!))
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ reference: mine.reference, message: 'Kim Min-jun: office space near the cruise port.', status: 'new' })
    expect(JSON.stringify(docs[0])).not.toContain('Budget looks small')
    expect(docs[0].notes ?? []).toEqual([])
    expect(docs[0].statusHistory ?? []).toEqual([])
    expect(docs[0]).not.toHaveProperty('assignee')
    expect(docs[0]).not.toHaveProperty('firstRespondedAt')
  })

  it('opens no other enquiry, even when the query asks for every one', async () => {
    const { docs } = await asInvestor(mine.reference!, investorKeyFor(mine.reference!), { reference: { equals: theirs.reference! } })
    expect(docs).toEqual([])
    const everything = await payload.find({
      collection: ENQUIRIES,
      context: { [INVESTOR_PAGE_CONTEXT]: { reference: mine.reference, key: investorKeyFor(mine.reference!) } },
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    expect(everything.docs.map((doc) => doc.reference)).toEqual([mine.reference])
  })

  it('opens nothing with a wrong key, another enquiry’s key or none', async () => {
    for (const key of ['', 'guess', investorKeyFor(theirs.reference!), undefined]) {
      await expect(asInvestor(mine.reference!, key)).rejects.toMatchObject({ status: 403 })
    }
  })

  it('is sent in the receipt, sealed: the outbox officers read shows a mark where it goes', async () => {
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: mine.id }, kind: { equals: 'enquiry-confirmation' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    const [receipt] = docs
    const key = investorKeyFor(mine.reference!)
    expect(receipt.text).toContain(`/ko/enquiries/${mine.reference}?key=${SECRET_MARK}`)
    expect(receipt.text).toContain('문의 진행 상황은 아래 전용 페이지에서 언제든지 확인하실 수 있습니다.')
    expect(`${receipt.text}${receipt.html}`).not.toContain(key)
    expect(receipt.sealedSecret).toBeTruthy()
    expect(receipt.sealedSecret).not.toContain(key)
    const sent = revealSecret(receipt, unsealSecret(receipt.sealedSecret!))
    const link = /https?:\/\/\S+\/ko\/enquiries\/\S+/.exec(sent.text)?.[0] ?? ''
    expect(isInvestorKey(mine.reference!, new URL(link).searchParams.get('key'))).toBe(true)
    expect(sent.html).toContain(`<a href="${link}">`)

    const asOfficer = await payload.findByID({ collection: COLLECTION_SLUGS.outbox, id: receipt.id, user: officer, overrideAccess: false })
    expect(asOfficer).not.toHaveProperty('sealedSecret')
    expect(`${asOfficer.text}${asOfficer.html}`).not.toContain(key)
  })

  describe('an officer’s reply', () => {
    const body = '김민준 님, 문의해 주셔서 감사합니다.\n크루즈항 인근 사무 공간 목록을 보내 드립니다. https://example.com/not-a-link'

    it('is signed by whoever sends it, goes out in the investor’s language through the outbox, and moves the enquiry to contacted', async () => {
      const reply = await payload.create({
        collection: COLLECTION_SLUGS.enquiryReplies,
        data: { enquiry: mine.id, body, author: otherOfficer.id },
        user: officer,
        overrideAccess: false,
      })
      expect(reply.author).toMatchObject({ id: officer.id })

      const { docs } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: mine.id }, kind: { equals: 'enquiry-reply' } }, depth: 0 })
      expect(docs).toHaveLength(1)
      const [sent] = docs
      expect(sent).toMatchObject({ to: mine.email, status: 'queued', subject: `문의(${mine.reference})에 대한 답변` })
      expect(sent.text).toContain('크루즈항 인근 사무 공간 목록을 보내 드립니다.')
      expect(sent.text).toContain(`/ko/enquiries/${mine.reference}?key=${SECRET_MARK}`)
      expect(sent.html).not.toContain('href="https://example.com')
      expect(sent.sealedSecret).toBeTruthy()

      const enquiry = await payload.findByID({ collection: ENQUIRIES, id: mine.id, depth: 0 })
      expect(enquiry.status).toBe('contacted')
      expect(enquiry.firstRespondedAt).toBeTruthy()
      expect(enquiry.statusHistory?.at(-1)).toMatchObject({ status: 'contacted', changedBy: officer.id })
    })

    it('is on the investor’s thread, and on no other enquiry’s', async () => {
      const read = (reference: string, key: string) =>
        payload.find({
          collection: COLLECTION_SLUGS.enquiryReplies,
          context: { [INVESTOR_PAGE_CONTEXT]: { reference, key } },
          overrideAccess: false,
          depth: 0,
          pagination: false,
        })
      const own = await read(mine.reference!, investorKeyFor(mine.reference!))
      expect(own.docs.map((reply) => reply.body)).toEqual([body])
      expect((await read(theirs.reference!, investorKeyFor(theirs.reference!))).docs).toEqual([])
      await expect(read(mine.reference!, 'guess')).rejects.toMatchObject({ status: 403 })
    })

    it('is written by officers only, and once written never changed', async () => {
      await expect(
        payload.create({ collection: COLLECTION_SLUGS.enquiryReplies, data: { enquiry: mine.id, body: 'Hello' }, user: editor, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })
      const { docs } = await payload.find({ collection: COLLECTION_SLUGS.enquiryReplies, where: { enquiry: { equals: mine.id } }, depth: 0 })
      await expect(
        payload.update({ collection: COLLECTION_SLUGS.enquiryReplies, id: docs[0].id, data: { body: 'Rewritten' }, user: officer, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(payload.find({ collection: COLLECTION_SLUGS.enquiryReplies, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('the investor’s reply', () => {
    it('is kept on the thread as the investor’s, reopens a closed enquiry and goes to the assigned officer', async () => {
      await payload.update({ collection: ENQUIRIES, id: mine.id, data: { status: 'won' } })
      const result = await sendThreadReply({ payload, reference: mine.reference!, reader: { investorKey: investorKeyFor(mine.reference!) }, body: '감사합니다. 다음 주에 방문하고 싶습니다.', clientIp: '203.0.113.5', locale: 'ko' })
      expect(result).toEqual({ isSent: true, isKept: false })
      const { docs } = await payload.find({ collection: COLLECTION_SLUGS.enquiryReplies, where: { enquiry: { equals: mine.id } }, sort: '-createdAt', depth: 0 })
      expect(docs[0]).toMatchObject({ from: 'investor', body: '감사합니다. 다음 주에 방문하고 싶습니다.', author: null })
      expect((await payload.findByID({ collection: ENQUIRIES, id: mine.id, depth: 0 })).status).toBe('in-progress')
      const notices = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: mine.id }, kind: { equals: 'investor-reply' } }, depth: 0 })
      expect(notices.docs.map((notice) => notice.to)).toEqual([officer.email])
      expect(notices.docs[0].text).toContain('다음 주에 방문하고 싶습니다.')
    })

    it('is refused with a wrong key or text the form would refuse, in the investor’s language, and nothing is kept', async () => {
      const count = async () => (await payload.count({ collection: COLLECTION_SLUGS.enquiryReplies, where: { enquiry: { equals: mine.id } } })).totalDocs
      const before = await count()
      const wrongKey = await sendThreadReply({ payload, reference: mine.reference!, reader: { investorKey: investorKeyFor(theirs.reference!) }, body: 'A reply long enough to pass.', clientIp: '203.0.113.6', locale: 'ja' })
      expect(wrongKey).toEqual({ isSent: false, error: 'このページから返信を送信できませんでした。最新のメールに記載のリンクを開いて、もう一度お試しください。' })
      const tooShort = await sendThreadReply({ payload, reference: mine.reference!, reader: { investorKey: investorKeyFor(mine.reference!) }, body: 'ok', clientIp: '203.0.113.6', locale: 'ja' })
      expect(tooShort).toMatchObject({ isSent: false, error: expect.stringMatching(/10/) })
      expect(await count()).toBe(before)
    })

    it('can be written by a key to its own enquiry only', async () => {
      await expect(
        payload.create({
          collection: COLLECTION_SLUGS.enquiryReplies,
          data: { enquiry: theirs.id, body: 'Written to another investor’s enquiry.' },
          context: { [INVESTOR_PAGE_CONTEXT]: { reference: mine.reference, key: investorKeyFor(mine.reference!) } },
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
    })
  })
})
