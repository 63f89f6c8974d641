import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import type { AlertSubscriber } from '../../payload-types'
import { type AlertFrequency } from '../constants/options'
import { enqueueEmail } from '../email/outbox'
import { HONEYPOT_FIELD } from '../enquiries/submissionSchema'
import { PRIVACY_NOTICE_VERSION } from '../enquiries/privacyNotice'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { alertConfirmationEmail } from './alertEmails'
import { CONFIRMATION_LINK_HOURS, confirmationEmailUrl, isTokenOf, isUnsubscribeKey, newConfirmationToken } from './links'
import { consumeAlertAllowance } from './rateLimit'
import { type AlertField, alertFieldErrorsOf, alertSubscriptionSchema } from './subscriptionSchema'

const HOUR_MS = 60 * 60 * 1000
const WEEK_MS = 7 * 24 * HOUR_MS

/** What a reader chose: the sections, the industries (ids; none is all), how often, in which language. */
type Choices = { kinds: AlertSubscriber['kinds']; industries: number[]; frequency: AlertFrequency; locale: Locale }

export type SubscriptionRequestResult =
  | { isAccepted: true }
  | { isAccepted: false; fieldErrors: Partial<Record<AlertField, string>>; formError: string }

/**
 * One submission of the alerts form: validated against the shared schema, bots and floods turned away,
 * and a confirmation e-mail queued in the page's language. Nothing else is sent until its link is
 * followed. A known address gets a new link, and its choices change only once that link is followed,
 * so nobody can change another person's alerts; the answer is the same whether or not it was known.
 */
export async function requestAlertSubscription({ payload, input, locale, clientIp }: { payload: Payload; input: Record<string, unknown>; locale: Locale; clientIp: string }): Promise<SubscriptionRequestResult> {
  const t = await translatorFor(locale)
  const refuse = (formError: string, fieldErrors: Partial<Record<AlertField, string>> = {}): SubscriptionRequestResult => ({ isAccepted: false, fieldErrors, formError })

  const honeypot = input[HONEYPOT_FIELD]
  if (honeypot !== undefined && honeypot !== '') return refuse(t('alerts.errors.rejected'))

  const parsed = alertSubscriptionSchema.safeParse(input)
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(alertFieldErrorsOf(parsed.error)).map(([field, key]) => [field, t(`alerts.errors.${key}`)]))
    return refuse(t('alerts.errors.summary'), fieldErrors)
  }
  const { email, kinds, industries: industrySlugs, frequency } = parsed.data

  // The industries by slug, as the form offers them: published ones only, each once.
  const slugs = [...new Set(industrySlugs)]
  const industries =
    slugs.length === 0
      ? []
      : (
          await payload.find({
            collection: COLLECTION_SLUGS.industries,
            where: { and: [{ slug: { in: slugs } }, { _status: { equals: 'published' } }] },
            locale,
            overrideAccess: false,
            depth: 0,
            limit: slugs.length,
            pagination: false,
            select: { slug: true },
          })
        ).docs.map((industry) => industry.id)
  if (industries.length !== slugs.length) return refuse(t('alerts.errors.summary'), { industries: t('alerts.errors.industries') })

  const allowance = await consumeAlertAllowance({ ip: clientIp, email })
  if (!allowance.isAllowed) return refuse(t('alerts.errors.rateLimited', { minutes: Math.max(1, Math.ceil(allowance.retryAfterSeconds / 60)) }))

  // The schema admits only the registry's alert sections, which are the collection's options.
  const choices: Choices = { kinds: [...new Set(kinds)] as AlertSubscriber['kinds'], industries, frequency, locale }
  const address = email.toLowerCase()
  const { token, hash } = newConfirmationToken()
  const req = await createLocalReq({}, payload)
  try {
    await initTransaction(req)
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.alertSubscribers, where: { email: { equals: address } }, limit: 1, depth: 0, req })
    const known = docs[0] as AlertSubscriber | undefined
    const link = { confirmationHash: hash, confirmationExpiresAt: new Date(Date.now() + CONFIRMATION_LINK_HOURS * HOUR_MS).toISOString() }
    const subscriber: AlertSubscriber = known
      ? await payload.update({
          collection: COLLECTION_SLUGS.alertSubscribers,
          id: known.id,
          data: known.status === 'confirmed' ? { ...link, pendingChoices: choices } : { ...link, ...choices, pendingChoices: null, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
          req,
        })
      : await payload.create({
          collection: COLLECTION_SLUGS.alertSubscribers,
          data: { email: address, ...choices, ...link, status: 'pending', privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
          req,
        })
    await enqueueEmail({
      req,
      to: address,
      kind: 'alert-confirmation',
      content: alertConfirmationEmail({ locale, sections: choices.kinds, confirmUrl: confirmationEmailUrl(locale, subscriber.id) }),
      secret: token,
    })
    await commitTransaction(req)
    return { isAccepted: true }
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ msg: 'Alert subscription could not be requested', err: error })
    return refuse(t('alerts.errors.unavailable'))
  }
}

export type ConfirmationResult = 'confirmed' | 'expired' | 'invalid'

/**
 * Follows a confirmation link: the subscription (or its changed choices) takes effect, and the link is
 * spent. An unknown, used or wrong link confirms nothing; an expired one says so.
 */
export async function confirmAlertSubscription({ payload, subscriberId, token, now = new Date() }: { payload: Payload; subscriberId: number; token: unknown; now?: Date }): Promise<ConfirmationResult> {
  const subscriber = await payload.findByID({
    collection: COLLECTION_SLUGS.alertSubscribers,
    id: subscriberId,
    depth: 0,
    disableErrors: true,
    select: { confirmationHash: true, confirmationExpiresAt: true, pendingChoices: true, status: true, confirmedAt: true, frequency: true },
  })
  if (!subscriber || !isTokenOf(subscriber.confirmationHash, token)) return 'invalid'
  if (!subscriber.confirmationExpiresAt || new Date(subscriber.confirmationExpiresAt) < now) return 'expired'
  const pending = subscriber.pendingChoices as Choices | null | undefined
  const frequency = pending?.frequency ?? subscriber.frequency
  await payload.update({
    collection: COLLECTION_SLUGS.alertSubscribers,
    id: subscriberId,
    data: {
      ...(pending ?? {}),
      status: 'confirmed',
      confirmedAt: subscriber.confirmedAt ?? now.toISOString(),
      digestDueAt: frequency === 'weekly' ? new Date(now.getTime() + WEEK_MS).toISOString() : null,
      pendingChoices: null,
      confirmationHash: null,
      confirmationExpiresAt: null,
      ...(pending ? { privacyNoticeVersion: PRIVACY_NOTICE_VERSION } : {}),
    },
  })
  return 'confirmed'
}

/**
 * Ends a subscription from an alert's link or a mail client's one-click request: the subscriber and what
 * it was sent are deleted. True for a right key, also when it was already gone (a second click).
 */
export async function unsubscribeFromAlerts({ payload, subscriberId, key }: { payload: Payload; subscriberId: number; key: unknown }): Promise<boolean> {
  if (!isUnsubscribeKey(subscriberId, key)) return false
  await payload.delete({ collection: COLLECTION_SLUGS.alertSubscribers, where: { id: { equals: subscriberId } } })
  return true
}
