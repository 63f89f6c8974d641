import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ENQUIRY_FORM_CONTEXT } from '@/access/enquiries'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { drainEnquiryIntake } from '@/lib/enquiries/intakeQueue'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const ENQUIRIES = COLLECTION_SLUGS.enquiries

describe('the public enquiry form’s submissions', () => {
  let payload: Payload
  const emailDomain = `${uniqueSuffix()}.investor.test`
  let ipCounter = 0

  const freshIp = () => `198.51.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`
  const form = (overrides: Record<string, string> = {}) => ({
    type: 'project',
    name: 'Sato Haruka',
    organisation: 'Kansai Logistics',
    email: `${uniqueSuffix()}@${emailDomain}`,
    phone: '+81 6 1234 5678',
    country: 'JP',
    message: 'We are looking for warehouse space near the cruise port.',
    consent: 'on',
    idempotencyKey: crypto.randomUUID(),
    website: '',
    ...overrides,
  })
  const submit = (input: Record<string, string>, options: { locale?: 'zh' | 'en' | 'ja' | 'ko'; ip?: string } = {}) =>
    submitEnquiry({ payload, input, locale: options.locale ?? 'en', clientIp: options.ip ?? freshIp() })
  /** The enquiries stored for an address once the queue has caught up (a burst is stored after its answers). */
  const storedFor = async (email: string) => {
    await drainEnquiryIntake(payload)
    return (await payload.find({ collection: ENQUIRIES, where: { email: { equals: email } }, depth: 0, limit: 10 })).docs
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await drainEnquiryIntake(payload)
    await payload.delete({ collection: ENQUIRIES, where: { email: { like: emailDomain } } })
    await deleteStaffUsers(payload)
  })

  it('stores a valid submission with a reference, the page’s locale and the accepted privacy notice', async () => {
    const input = form()
    const result = await submit(input, { locale: 'ja' })
    expect(result).toMatchObject({ isAccepted: true })
    const reference = result.isAccepted ? result.reference : ''
    expect(reference).toMatch(REFERENCE_PATTERN)
    expect(reference.startsWith(`SB-${new Date().getFullYear()}-`) || reference.startsWith(`SB-${new Date().getFullYear() + 1}-`)).toBe(true)
    const [stored] = await storedFor(input.email)
    expect(stored).toMatchObject({ reference, locale: 'ja', country: 'JP', status: 'new', consent: true })
    expect(stored.privacyNoticeVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('gives 50 concurrent submissions 50 different references', async () => {
    const inputs = Array.from({ length: 50 }, () => form())
    const results = await Promise.all(inputs.map((input) => submit(input)))
    const references = results.map((result) => (result.isAccepted ? result.reference : `refused: ${result.formError}`))
    expect(references.every((reference) => REFERENCE_PATTERN.test(reference))).toBe(true)
    expect(new Set(references).size).toBe(50)
  })

  it('turns the same idempotency key, sent twice and even at once, into one enquiry with one reference', async () => {
    const input = form()
    const [first, second] = await Promise.all([submit(input), submit(input)])
    const third = await submit(input)
    expect(first).toMatchObject({ isAccepted: true })
    expect(second).toEqual(first)
    expect(third).toEqual(first)
    expect(await storedFor(input.email)).toHaveLength(1)
  })

  it('never lets a submission set status, assignee, notes, partner or due date', async () => {
    const officer = await createStaffUser(payload, 'officer')
    const input = { ...form(), status: 'won', assignee: String(officer.id), dueAt: '2030-01-01T00:00:00.000Z', notes: 'x', partner: '1' }
    expect(await submit(input)).toMatchObject({ isAccepted: true })
    const [stored] = await storedFor(input.email)
    expect(stored).toMatchObject({ status: 'new', notes: [] })
    expect(stored.assignee ?? null).toBeNull()
    expect(stored.partner ?? null).toBeNull()

    const direct = await payload.create({
      collection: ENQUIRIES,
      overrideAccess: false,
      context: { [ENQUIRY_FORM_CONTEXT]: true },
      data: {
        type: 'general',
        name: 'Lee Ji-woo',
        email: `${uniqueSuffix()}@${emailDomain}`,
        message: 'Direct Local API call with the form’s context.',
        consent: true,
        status: 'won',
        assignee: officer.id,
        reference: 'SB-1999-000001',
      },
    })
    expect(direct.status).toBe('new')
    expect(direct.reference).not.toBe('SB-1999-000001')
  })

  it('refuses a filled honeypot with a message in the visitor’s language and stores nothing', async () => {
    const input = form({ website: 'http://spam.example' })
    const result = await submit(input, { locale: 'ko' })
    expect(result).toMatchObject({ isAccepted: false, formError: '이번 제출은 접수되지 않았습니다. 다시 시도하시거나 이메일로 연락해 주세요.' })
    expect(await storedFor(input.email)).toHaveLength(0)
  })

  it('answers invalid fields with errors in the visitor’s language, field by field', async () => {
    const result = await submit(form({ email: 'not-an-email', message: 'short', consent: '' }), { locale: 'ja' })
    expect(result.isAccepted).toBe(false)
    if (result.isAccepted) return
    expect(result.fieldErrors.email).toBe('有効なメールアドレスを入力してください（例：name@company.com）。')
    expect(result.fieldErrors.message).toBe('もう少し詳しくご記入ください（10文字以上）。')
    expect(result.fieldErrors.consent).toBe('回答のため、プライバシーポリシーへの同意をお願いいたします。')
    expect(result.fieldErrors.name).toBeUndefined()
  })

  it('limits one IP address to 10 enquiries an hour, and says when to try again in the visitor’s language', async () => {
    const ip = freshIp()
    const accepted = await Promise.all(Array.from({ length: 10 }, () => submit(form(), { ip })))
    expect(accepted.every((result) => result.isAccepted)).toBe(true)
    const input = form()
    const refused = await submit(input, { ip, locale: 'zh' })
    expect(refused).toMatchObject({ isAccepted: false })
    expect(refused.isAccepted ? '' : refused.formError).toMatch(/^您在短时间内提交了多次咨询，请在 \d+ 分钟后重试。$/)
    expect(await storedFor(input.email)).toHaveLength(0)
  })

  it('limits one e-mail address to 5 enquiries an hour, whatever the IP address', async () => {
    const email = `${uniqueSuffix()}@${emailDomain}`
    for (let i = 0; i < 5; i++) expect(await submit(form({ email }))).toMatchObject({ isAccepted: true })
    const refused = await submit(form({ email: email.toUpperCase() }), { locale: 'en' })
    expect(refused.isAccepted ? '' : refused.formError).toMatch(/^You have sent several enquiries in a short time\. Please try again in \d+ minutes?\.$/)
    expect(await storedFor(email)).toHaveLength(5)
  })

  it('does not count a retry against the hourly limit, and still answers one once the limit is spent', async () => {
    const email = `${uniqueSuffix()}@${emailDomain}`
    const first = form({ email })
    const accepted = await submit(first)
    for (let i = 0; i < 5; i++) expect(await submit(first)).toEqual(accepted)
    for (let i = 0; i < 4; i++) expect(await submit(form({ email }))).toMatchObject({ isAccepted: true })
    expect(await submit(form({ email }))).toMatchObject({ isAccepted: false, reason: 'rateLimited' })
    expect(await submit(first)).toEqual(accepted)
    expect(await storedFor(email)).toHaveLength(5)
  })

  it('ties a submission to the item it is about, found by its slug', async () => {
    const project = await payload.create({
      collection: COLLECTION_SLUGS.projects,
      data: { title: `Cruise port warehouse ${uniqueSuffix()}`, _status: 'published' },
      locale: 'en',
    })
    const input = form({ subject: project.slug ?? '' })
    expect(await submit(input)).toMatchObject({ isAccepted: true })
    const [stored] = await storedFor(input.email)
    expect(stored.subject).toEqual({ relationTo: COLLECTION_SLUGS.projects, value: project.id })
    await payload.delete({ collection: ENQUIRIES, where: { email: { equals: input.email } } })
    await payload.delete({ collection: COLLECTION_SLUGS.projects, id: project.id })
  })
})
