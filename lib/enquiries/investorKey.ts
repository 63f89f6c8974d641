import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Locale } from '../i18n/locales'
import { SECRET_MARK } from '../email/sealedSecret'
import { absoluteUrl } from '../seo/siteUrl'

/**
 * The key of an enquiry's private page: an HMAC of its reference under a key drawn from `PAYLOAD_SECRET`.
 * Nothing is stored: no collection, log or outbox row holds it (an e-mail carries it sealed, see
 * lib/email/outbox.ts), and the server recomputes it to check a visitor's. Whoever holds `PAYLOAD_SECRET`
 * can already sign any session; rotating it retires every link, as it ends every session.
 */
function signingKey(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set: an enquiry page key cannot be made without it')
  return `enquiry-page:${secret}`
}

export function investorKeyFor(reference: string): string {
  return createHmac('sha256', signingKey()).update(reference).digest('base64url')
}

/** Whether `key` opens the page of `reference`, compared in constant time. */
export function isInvestorKey(reference: string, key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 64) return false
  const expected = Buffer.from(investorKeyFor(reference))
  const given = Buffer.from(key)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The private page's path on the portal. */
export function investorPagePath(locale: Locale, reference: string, key: string): string {
  return `/${locale}/enquiries/${encodeURIComponent(reference)}?key=${encodeURIComponent(key)}`
}

/**
 * The private page's absolute URL for an e-mail, with the outbox's mark where the key goes: the message
 * is stored with the mark and sent with the key (pass `investorKeyFor(reference)` as its secret).
 */
export function investorPageEmailUrl(locale: Locale, reference: string): string {
  return absoluteUrl(`/${locale}/enquiries/${encodeURIComponent(reference)}?key=${SECRET_MARK}`)
}
