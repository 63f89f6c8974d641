import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { SECRET_MARK } from '../email/sealedSecret'
import type { Locale } from '../i18n/locales'
import { absoluteUrl } from '../seo/siteUrl'

/** How long the link of a confirmation e-mail works. */
export const CONFIRMATION_LINK_HOURS = 72

/**
 * A confirmation link's secret: random, e-mailed sealed (lib/email/sealedSecret.ts), and stored only as
 * its SHA-256 in a field no account reads, as Payload keeps a password-reset token. Whoever reads the
 * database or the outbox cannot confirm an address for its owner.
 */
export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashOfToken(token) }
}

export function hashOfToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Whether `token` is the one whose hash was stored, compared in constant time. */
export function isTokenOf(hash: string | null | undefined, token: unknown): boolean {
  if (!hash || typeof token !== 'string' || token.length === 0 || token.length > 128) return false
  const expected = Buffer.from(hash, 'hex')
  const given = Buffer.from(hashOfToken(token), 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/**
 * The key of a subscriber's unsubscribe links: an HMAC of its id under a key drawn from `PAYLOAD_SECRET`.
 * Nothing is stored, so every alert can carry it (sealed in the outbox) and it works for as long as the
 * subscription lasts, as an enquiry's private key does (lib/enquiries/investorKey.ts).
 */
function signingKey(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set: an unsubscribe key cannot be made without it')
  return `alert-unsubscribe:${secret}`
}

export function unsubscribeKeyFor(subscriberId: number): string {
  return createHmac('sha256', signingKey()).update(String(subscriberId)).digest('base64url')
}

export function isUnsubscribeKey(subscriberId: number, key: unknown): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > 64) return false
  const expected = Buffer.from(unsubscribeKeyFor(subscriberId))
  const given = Buffer.from(key)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The parameters the links carry: the subscriber's id and its secret. */
export const LINK_PARAMS = { subscriber: 's', secret: 'key' } as const

/** The confirmation page's address for an e-mail, the outbox's mark where the token goes. */
export function confirmationEmailUrl(locale: Locale, subscriberId: number): string {
  return absoluteUrl(`/${locale}/alerts/confirm?${LINK_PARAMS.subscriber}=${subscriberId}&${LINK_PARAMS.secret}=${SECRET_MARK}`)
}

/** The unsubscribe page an alert links to, the mark where the key goes. */
export function unsubscribeEmailUrl(locale: Locale, subscriberId: number): string {
  return absoluteUrl(`/${locale}/alerts/unsubscribe?${LINK_PARAMS.subscriber}=${subscriberId}&${LINK_PARAMS.secret}=${SECRET_MARK}`)
}

/** The `List-Unsubscribe` address (RFC 8058): a POST to it unsubscribes at once, the mark where the key goes. */
export function oneClickUnsubscribeUrl(subscriberId: number): string {
  return absoluteUrl(`/api/alerts/unsubscribe?${LINK_PARAMS.subscriber}=${subscriberId}&${LINK_PARAMS.secret}=${SECRET_MARK}`)
}
