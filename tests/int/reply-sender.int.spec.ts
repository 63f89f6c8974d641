import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Enquiry, User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const REPLIES = COLLECTION_SLUGS.enquiryReplies

describe('who answered, on the thread officers read', () => {
  let payload: Payload
  let sender: User
  let colleague: User
  let enquiry: Enquiry

  const asUser = (user: User) => ({ ...user, collection: 'users' as const })

  beforeAll(async () => {
    payload = await getTestPayload()
    sender = await createStaffUser(payload, 'officer')
    sender = await payload.update({ collection: COLLECTION_SLUGS.users, id: sender.id, data: { name: '山田 花子', languages: ['ja'] } })
    colleague = await createStaffUser(payload, 'officer')
    enquiry = await payload.create({
      collection: COLLECTION_SLUGS.enquiries,
      data: { reference: `SB-TEST-${uniqueSuffix()}`, type: 'general', status: 'new', name: '小林 誠', email: `${uniqueSuffix()}@investor.test`, locale: 'ja', message: '物流倉庫について伺いたいです。', consent: true },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: REPLIES, where: { enquiry: { equals: enquiry.id } } })
    await payload.delete({ collection: COLLECTION_SLUGS.enquiries, id: enquiry.id })
    await deleteStaffUsers(payload)
  })

  it('shows a colleague the name of the officer who sent a reply, and nothing else of their account', async () => {
    const reply = await payload.create({
      collection: REPLIES,
      // A name in the request counts for nothing: the server writes the sender's own.
      data: { enquiry: enquiry.id, body: 'お問い合わせありがとうございます。資料をお送りします。', senderName: '別の担当者' } as never,
      user: asUser(sender),
      overrideAccess: false,
    })
    expect(reply.senderName).toBe('山田 花子')

    // The colleague may not read the sender's account, and still sees who answered.
    await expect(payload.findByID({ collection: COLLECTION_SLUGS.users, id: sender.id, user: asUser(colleague), overrideAccess: false, disableErrors: true })).resolves.toBeNull()
    const { docs } = await payload.find({ collection: REPLIES, where: { enquiry: { equals: enquiry.id } }, depth: 1, user: asUser(colleague), overrideAccess: false })
    expect(docs).toHaveLength(1)
    expect(docs[0].senderName).toBe('山田 花子')
    expect(JSON.stringify(docs[0])).not.toContain(sender.email)

    // The name stays the one the reply was sent under, whatever the account is called later.
    await payload.update({ collection: COLLECTION_SLUGS.users, id: sender.id, data: { name: '山田 花子（異動）' } })
    const again = await payload.findByID({ collection: REPLIES, id: reply.id, user: asUser(colleague), overrideAccess: false })
    expect(again.senderName).toBe('山田 花子')
    await expect(payload.update({ collection: REPLIES, id: reply.id, data: { senderName: 'x' } as never, user: asUser(colleague), overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('keeps no name on a reply from an officer who has not written theirs (the thread then says “Officer”)', async () => {
    const unnamed = await payload.create({ collection: REPLIES, data: { enquiry: enquiry.id, body: 'ご連絡ありがとうございます。確認いたします。' }, user: asUser(colleague), overrideAccess: false })
    expect(unnamed.senderName ?? null).toBeNull()
  })
})
