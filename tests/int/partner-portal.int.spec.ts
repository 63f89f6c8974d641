import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestPartnerPasswordReset } from '@/app/(frontend)/[locale]/partner/forgot-password/actions'
import { resetPartnerPassword } from '@/app/(frontend)/[locale]/partner/reset-password/actions'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { unsealSecret } from '@/lib/email/sealedSecret'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import type { Partner } from '@/payload-types'
import { createPartner, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

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
    await deleteStaffUsers(payload)
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
    // The copy staff can read shows the link with a mark where the token goes; the sender unseals it.
    expect(docs[0].text).toMatch(/https?:\/\/\S*\/ja\/partner\/reset-password\?token=\[hidden\]/)
    const token = decodeURIComponent(unsealSecret(docs[0].sealedSecret ?? ''))
    expect(token).toMatch(/^[0-9a-f]{20,}$/)
    expect(`${docs[0].text}${docs[0].html}`).not.toContain(token)
    // Officers read the outbox, admins too: neither sees the token, or the sealed copy of it.
    for (const role of ['officer', 'admin'] as const) {
      const staff = await createStaffUser(payload, role)
      const seen = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { to: { equals: partner.email } }, user: staff, overrideAccess: false })
      expect(seen.docs).toHaveLength(1)
      expect(seen.docs[0]).not.toHaveProperty('sealedSecret')
      expect(JSON.stringify(seen.docs)).not.toContain(token)
    }

    const mismatch = await resetPartnerPassword('ja', INITIAL, formData({ token, password: 'harbour-view-2027', confirm: 'harbour-view-2028' }))
    expect(mismatch.error).toBe('2つのパスワードが一致しません。')
    await expect(resetPartnerPassword('ja', INITIAL, formData({ token, password: 'harbour-view-2027', confirm: 'harbour-view-2027' }))).rejects.toThrow(
      /NEXT_REDIRECT/,
    )
    const signedIn = await payload.login({ collection: COLLECTION_SLUGS.partners, data: { email: partner.email, password: 'harbour-view-2027' } })
    expect(signedIn.token).toBeTruthy()

    const reused = await resetPartnerPassword('ja', INITIAL, formData({ token, password: 'another-pass-2029', confirm: 'another-pass-2029' }))
    expect(reused.error).toBe('このリンクは有効期限切れか、すでに使用されています。もう一度お申し込みください。')
  })

  it('lets a reset link die after an hour', async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { to: { equals: partner.email } } })
    await requestPartnerPasswordReset('en', INITIAL, formData({ email: partner.email }))
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { to: { equals: partner.email } }, depth: 0 })
    const token = decodeURIComponent(unsealSecret(docs[0].sealedSecret ?? ''))
    // An hour and a minute later:
    const { drizzle } = payload.db as unknown as PostgresAdapter
    await drizzle.execute(sql`update partners set reset_password_expiration = now() - interval '1 minute' where id = ${partner.id}`)
    const late = await resetPartnerPassword('en', INITIAL, formData({ token, password: 'too-late-2030', confirm: 'too-late-2030' }))
    expect(late.error).toMatch(/expired/)
  })
})
