import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as submitJson } from '@/app/api/enquiries/submit/route'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { drainEnquiryIntake } from '@/lib/enquiries/intakeQueue'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'
import { translatorFor } from '@/lib/i18n/translator'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

/**
 * What an attacker or a careless client sends to the enquiry form and its JSON endpoint. For each case the
 * answer is either a refusal (4xx) with its messages in the asked language, or an acceptance whose stored
 * enquiry holds exactly what was sent; never a 5xx, never "accepted" for something that is not stored.
 */
const ENQUIRIES = COLLECTION_SLUGS.enquiries
const VISITOR_FIELDS = ['type', 'name', 'organisation', 'email', 'phone', 'country', 'message'] as const

type Case = { label: string; change: (form: Record<string, unknown>) => Record<string, unknown> }

const emoji = (count: number) => '😀'.repeat(count)
const set = (field: string, value: unknown): Case['change'] => (form) => ({ ...form, [field]: value })

const STRANGE_STRINGS: [string, string][] = [
  ['NUL byte', 'Sato\u0000Haruka wants an office'],
  ['lone high surrogate', 'Sato \ud83d Haruka wants an office'],
  ['lone low surrogate', 'Sato \ude00 Haruka wants an office'],
  ['zero-width only', '\u200b\u200c\u200d\u2060\ufeff'],
  ['bell and escape', 'Sato \u0007\u001b[31m Haruka'],
  ['right-to-left override', 'Sato \u202eakuraH wants an office'],
  ['combining marks', 'Sa\u0301to\u0308 Ha\u0300ruka wants an office'],
  ['CJK and emoji', '佐藤春香 😀 오피스를 찾고 있습니다'],
  ['SQL', "'; DROP TABLE enquiries; -- and an office"],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['template', '{{7*7}} ${7*7} <%= 7*7 %> #{7*7}'],
  ['path', '../../../../etc/passwd and an office'],
  ['CSV formula =', '=HYPERLINK("https://attacker.example","click")'],
  ['CSV formula +', '+1+cmd|" /C calc"!A0 and an office'],
  ['CSV formula -', '-2+3+cmd|" /C calc"!A0'],
  ['CSV formula @', '@SUM(1+1)*cmd|" /C calc"!A0'],
  ['URL', 'https://attacker.example/login?next=bureau'],
  ['CRLF header', 'Sato\r\nBcc: everyone@example.com'],
  ['only spaces', '     '],
  ['empty', ''],
  ['tab inside', 'Sato\tHaruka wants an office'],
  ['ideographic spaces', '\u3000\u3000佐藤\u3000春香\u3000'],
]

const WRONG_TYPES: [string, unknown][] = [
  ['number', 42],
  ['boolean', true],
  ['null', null],
  ['array', ['a', 'b']],
  ['object', { toString: 'x' }],
  ['nested', { $gt: '' }],
]

const EMAILS = [
  'x@example-.com',
  'x@-example.com',
  'a..b@example.com',
  '"quoted"@example.com',
  'user@localhost',
  'ü@example.com',
  'user@exämple.com',
  'user name@example.com',
  'user@example.com.',
  '.user@example.com',
  'user@@example.com',
  'user@example..com',
  `${'a'.repeat(245)}@example.com`,
  '  spaced@example.com  ',
  'UPPER@EXAMPLE.COM',
  'plus+tag@example.co.uk',
  "o'brien@example.ie",
  'user@sub.domain.example.com',
  'user@[127.0.0.1]',
  'user@example.c',
]

function cases(): Case[] {
  const all: Case[] = []
  for (const field of VISITOR_FIELDS) {
    for (const [label, value] of STRANGE_STRINGS) all.push({ label: `${field}: ${label}`, change: set(field, value) })
    for (const [label, value] of WRONG_TYPES) all.push({ label: `${field}: ${label}`, change: set(field, value) })
  }
  const limits = { name: 120, organisation: 200, phone: 40, message: 5000 } as const
  for (const [field, max] of Object.entries(limits)) {
    const filler = field === 'phone' ? '1' : 'a'
    all.push({ label: `${field}: exactly the limit`, change: set(field, field === 'phone' ? `+${filler.repeat(max - 1)}` : filler.repeat(max)) })
    all.push({ label: `${field}: one over the limit`, change: set(field, filler.repeat(max + 1)) })
    all.push({ label: `${field}: far over the limit`, change: set(field, filler.repeat(max * 50)) })
    if (field !== 'phone') {
      all.push({ label: `${field}: emoji up to the limit`, change: set(field, emoji(max / 2)) })
      all.push({ label: `${field}: emoji one over the limit`, change: set(field, emoji(max / 2) + 'a') })
    }
  }
  for (const email of EMAILS) all.push({ label: `email: ${email.slice(0, 40)}`, change: set('email', email) })
  for (const [label, value] of [...WRONG_TYPES, ['string', 'x'], ['number 1', 1], ['empty', ''], ['yes', 'yes'], ['false', false]] as [string, unknown][]) {
    all.push({ label: `website (honeypot): ${label}`, change: set('website', value) })
    all.push({ label: `consent: ${label}`, change: set('consent', value) })
    all.push({ label: `idempotencyKey: ${label}`, change: set('idempotencyKey', value) })
    all.push({ label: `subject: ${label}`, change: set('subject', value) })
  }
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    all.push({ label: `prototype key ${key}`, change: (form) => JSON.parse(JSON.stringify(form).replace(/^\{/, `{"${key}":{"isAdmin":true,"status":"won"},`)) })
  }
  for (const field of ['status', 'assignee', 'partner', 'reference', 'notes', 'dueAt', 'id', 'createdAt']) {
    all.push({ label: `extra field ${field}`, change: set(field, field === 'notes' ? [{ body: 'x' }] : 'won') })
  }
  for (const [label, value] of [['unknown type', 'bribe'], ['type in capitals', 'GENERAL']] as const) all.push({ label, change: set('type', value) })
  for (const [label, value] of [['country lower case', 'jp'], ['country unknown', 'XX'], ['country three letters', 'JPN']] as const) all.push({ label, change: set('country', value) })
  all.push({ label: 'every field missing', change: () => ({}) })
  return all
}

describe('hostile and malformed enquiries', () => {
  let payload: Payload
  const domain = `${uniqueSuffix()}.hostile.test`
  let serial = 0
  const tally = { tried: 0, refused: 0, stored: 0, serverErrors: 0, acceptedNotStored: 0 }

  const form = (): Record<string, unknown> => ({
    type: 'project',
    name: 'Sato Haruka',
    organisation: 'Kansai Logistics',
    email: `case-${++serial}@${domain}`,
    phone: '+81 6 1234 5678',
    country: 'JP',
    message: 'We are looking for warehouse space near the cruise port.',
    consent: true,
    idempotencyKey: crypto.randomUUID(),
    website: '',
  })

  /** The refusals in `locale`, so that a message in another language, or a raw key, is caught. */
  const refusalTexts = async (locale: Locale) => {
    const t = await translatorFor(locale)
    const errors: Record<string, string> = MESSAGES[locale].enquire.errors
    return { formErrors: [errors.summary, errors.rejected, t('badRequest.tooLarge')], fieldMessages: new Set(Object.values(errors)) }
  }

  /** What the visitor sent, as the enquiry should hold it. */
  const expectedStored = (sent: Record<string, unknown>) =>
    Object.fromEntries(
      VISITOR_FIELDS.map((field) => {
        const value = sent[field]
        const trimmed = typeof value === 'string' ? value.trim() : value
        return [field, trimmed === '' ? null : (trimmed ?? null)]
      }),
    )

  const check = async (sent: Record<string, unknown>, locale: Locale, answer: { status: number; body: Record<string, unknown> }, label: string) => {
    tally.tried += 1
    if (answer.status >= 500) tally.serverErrors += 1
    expect(answer.status, `${label}: ${JSON.stringify(answer.body)}`).toBeLessThan(500)
    if (answer.status === 201) {
      const reference = answer.body.reference as string
      await drainEnquiryIntake(payload)
      const { docs } = await payload.find({ collection: ENQUIRIES, where: { reference: { equals: reference } }, depth: 0 })
      if (docs.length !== 1) tally.acceptedNotStored += 1
      expect(docs, `${label}: accepted as ${reference} but not stored`).toHaveLength(1)
      const stored = Object.fromEntries(VISITOR_FIELDS.map((field) => [field, docs[0][field] ?? null]))
      expect(stored, label).toEqual(expectedStored(sent))
      expect(docs[0].status).toBe('new')
      expect(docs[0].partner ?? null).toBeNull()
      tally.stored += 1
      return
    }
    tally.refused += 1
    // 413: a body larger than any valid enquiry is refused unread.
    expect([400, 413, 429], label).toContain(answer.status)
    const texts = await refusalTexts(locale)
    expect(texts.formErrors, `${label}: ${JSON.stringify(answer.body)}`).toContain(answer.body.formError)
    for (const message of Object.values((answer.body.fieldErrors ?? {}) as Record<string, string>)) {
      expect(texts.fieldMessages.has(message), `${label}: “${message}” is not a message in ${locale}`).toBe(true)
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await drainEnquiryIntake(payload)
    await payload.delete({ collection: ENQUIRIES, where: { email: { like: domain } } })
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { to: { like: domain } } })
    console.log(
      `hostile enquiries: ${tally.tried} tried, ${tally.refused} refused with a message, ${tally.stored} stored as sent, ${tally.serverErrors} 5xx, ${tally.acceptedNotStored} accepted but not stored`,
    )
  })

  const all = cases()

  it(`has at least 200 cases (${all.length})`, () => {
    expect(all.length).toBeGreaterThanOrEqual(200)
  })

  it('answers each through the JSON endpoint with a refusal in the asked language or a stored enquiry', async () => {
    for (const [index, { label, change }] of all.entries()) {
      const locale = LOCALE_CODES[index % LOCALE_CODES.length]
      const sent = change(form())
      const response = await submitJson(
        new Request(`http://localhost/api/${ENQUIRIES}/submit?locale=${locale}`, {
          method: 'POST',
          // Each case from its own address, so that the hourly limit does not refuse the later ones.
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${Math.floor(index / 250)}.${index % 250}` },
          body: JSON.stringify(sent),
        }),
      )
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
      await check(sent, locale, { status: response.status, body }, `JSON, ${label}`)
    }
  }, 300_000)

  it('answers each text the form can send the same way', async () => {
    for (const [index, { label, change }] of all.entries()) {
      const locale = LOCALE_CODES[(index + 1) % LOCALE_CODES.length]
      const changed = change(form())
      // A form sends strings only, and its checkbox as "on".
      const sent = Object.fromEntries(
        Object.entries(changed)
          .filter(([, value]) => typeof value === 'string' || typeof value === 'boolean')
          .map(([key, value]) => [key, key === 'consent' && value === true ? 'on' : String(value)]),
      )
      const result = await submitEnquiry({ payload, input: sent, locale, clientIp: `198.19.${Math.floor(index / 250)}.${index % 250}` })
      const answer = result.isAccepted
        ? { status: 201, body: { reference: result.reference } }
        : { status: { invalid: 400, rejected: 400, rateLimited: 429, unavailable: 503 }[result.reason], body: { formError: result.formError, fieldErrors: result.fieldErrors } }
      await check(sent, locale, answer, `form, ${label}`)
    }
  }, 300_000)
})
