import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestPartnerPasswordReset } from '@/app/(frontend)/[locale]/partner/forgot-password/actions'
import { resetPartnerPassword } from '@/app/(frontend)/[locale]/partner/reset-password/actions'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import type { Partner } from '@/payload-types'
import { createPartner, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

const formData = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
const INITIAL = { email: '', isDone: false, error: null }

describe('the partners’ portal', () => {
  let payload: Payload
  let partner: Partner
  const clientEmail = `${uniqueSuffix()}@client.partner.test`

  beforeAll(async () => {
    payload = await getTestPayload()
    partner = await createPartner(payload, 'Busan Chamber of Commerce')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.enquiries, where: { partner: { equals: partner.id } } })
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { to: { equals: partner.email } } })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, id: partner.id })
  })

  it('ties an enquiry sent for a client to the signed-in partner, whatever the form says', async () => {
    const result = await submitEnquiry({
      payload,
      locale: 'ko',
      clientIp: '203.0.113.7',
      partner: { ...partner, collection: COLLECTION_SLUGS.partners },
      input: {
        type: 'area',
        name: '박서연',
        email: clientEmail,
        country: 'KR',
        message: '크루즈항 지역 사무실 임대를 문의합니다.',
        consent: 'on',
        idempotencyKey: crypto.randomUUID(),
        partner: '999999',
      },
    })
    expect(result).toMatchObject({ isAccepted: true })
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.enquiries, where: { email: { equals: clientEmail } }, depth: 0 })
    expect(docs.map((doc) => doc.partner)).toEqual([partner.id])
    expect(docs[0].locale).toBe('ko')
  })

  it('e-mails a reset link through the outbox, and tells an unknown address the same', async () => {
    const known = await requestPartnerPasswordReset('ja', INITIAL, formData({ email: partner.email }))
    const unknown = await requestPartnerPasswordReset('ja', INITIAL, formData({ email: `${uniqueSuffix()}@nobody.test` }))
    expect(known).toEqual({ email: partner.email, isDone: true, error: null })
    expect(unknown).toMatchObject({ isDone: true, error: null })

    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { to: { equals: partner.email } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ kind: 'partner-password-reset', status: 'queued', subject: '市北区投資ポータル パートナーパスワードの再設定' })
    const link = /https?:\/\/\S*\/ja\/partner\/reset-password\?token=(\S+)/.exec(docs[0].text ?? '')
    expect(link).not.toBeNull()

    const mismatch = await resetPartnerPassword('ja', INITIAL, formData({ token: decodeURIComponent(link![1]), password: 'harbour-view-2027', confirm: 'harbour-view-2028' }))
    expect(mismatch.error).toBe('2つのパスワードが一致しません。')
    await expect(
      resetPartnerPassword('ja', INITIAL, formData({ token: decodeURIComponent(link![1]), password: 'harbour-view-2027', confirm: 'harbour-view-2027' })),
    ).rejects.toThrow(/NEXT_REDIRECT/)
    const signedIn = await payload.login({ collection: COLLECTION_SLUGS.partners, data: { email: partner.email, password: 'harbour-view-2027' } })
    expect(signedIn.token).toBeTruthy()

    const reused = await resetPartnerPassword('ja', INITIAL, formData({ token: decodeURIComponent(link![1]), password: 'another-pass-2029', confirm: 'another-pass-2029' }))
    expect(reused.error).toBe('このリンクは有効期限切れか、すでに使用されています。もう一度お申し込みください。')
  })
})
