import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'

import { COLLECTION_SLUGS, type ContentCollectionSlug } from '../../collections/slugs'
import type { AlertSubscriber } from '../../payload-types'
import { type DocumentInAllLocales, isPublishedIn } from '../data/localizedDocument'
import { enqueueEmail } from '../email/outbox'
import { LOCALE_CODES, type Locale } from '../i18n/locales'
import { absoluteUrl } from '../seo/siteUrl'
import { ALERT_SECTIONS, alertIndustryIdsOf, isAlertSection, type Section, SECTIONS, sectionOf } from '../sections'
import { type AlertItem, alertDigestEmail, instantAlertEmail } from './alertEmails'
import { claimAlertItems } from './deliveriesTable'
import { oneClickUnsubscribeUrl, unsubscribeEmailUrl, unsubscribeKeyFor } from './links'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An item is news for an alert while its first publication is this recent: a translation published
 * within the window reaches that language's subscribers, an old item edited or republished reaches nobody.
 */
export const ALERT_NEWS_DAYS = 30

/** At most this many items of one section in a digest, the newest. */
const DIGEST_ITEMS_PER_SECTION = 20

/** Whether an item first published then is news for alerts now (ALERT_NEWS_DAYS). */
export function isAlertNews(publishedAt: string | null | undefined, now: Date): boolean {
  if (!publishedAt) return false
  const at = new Date(publishedAt).getTime()
  return at <= now.getTime() && at >= now.getTime() - ALERT_NEWS_DAYS * DAY_MS
}

function itemUrl(locale: Locale, section: Section, slug: string): string {
  return absoluteUrl(`/${locale}/${section}/${slug}`)
}

/** The subscribers who follow `section` in one of `locales`, for an item naming `industryIds` (none: all of them). */
function followersWhere({ section, locales, industryIds, frequency }: { section: Section; locales: Locale[]; industryIds: number[]; frequency: 'instant' | 'weekly' }): Where {
  const conditions: Where[] = [
    { status: { equals: 'confirmed' } },
    { frequency: { equals: frequency } },
    { locale: { in: locales } },
    { kinds: { in: [section] } },
  ]
  if (industryIds.length > 0) conditions.push({ or: [{ industries: { exists: false } }, { industries: { in: industryIds } }] })
  return { and: conditions }
}

/** Queues one e-mail to a subscriber, the unsubscribe links' key sealed in the outbox, never in its text. */
async function enqueueAlert({ req, subscriber, content }: { req: Awaited<ReturnType<typeof createLocalReq>>; subscriber: AlertSubscriber; content: ReturnType<typeof instantAlertEmail> }) {
  await enqueueEmail({
    req,
    to: subscriber.email,
    kind: 'alert',
    content,
    secret: unsubscribeKeyFor(subscriber.id),
    listUnsubscribe: oneClickUnsubscribeUrl(subscriber.id),
  })
}

/**
 * The instant alerts of one item, after a publish: one e-mail to each confirmed instant subscriber who
 * follows its section and one of its industries, in the subscriber's language, if the item is published
 * in that language and is news (ALERT_NEWS_DAYS). Each subscriber hears of an item once
 * (lib/alerts/deliveriesTable.ts): a republish, an edit or a retry of the job sends nothing more.
 * Returns how many alerts were queued.
 */
export async function queueInstantAlerts({ payload, collection, id, now = new Date() }: { payload: Payload; collection: ContentCollectionSlug; id: number; now?: Date }): Promise<number> {
  const section = sectionOf(collection)
  if (!isAlertSection(section)) return 0
  const industriesField = (SECTIONS[section].alert as { industriesField?: string }).industriesField
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true, _status: true, publishedAt: true, title: true, summary: true, ...(industriesField ? { [industriesField]: true } : {}) },
  })
  const doc = docs[0] as unknown as DocumentInAllLocales | undefined
  if (!doc?.slug || !isAlertNews(doc.publishedAt, now)) return 0
  const locales = LOCALE_CODES.filter((locale) => isPublishedIn(doc, locale) && doc.title?.[locale])
  if (locales.length === 0) return 0
  const { docs: followers } = await payload.find({
    collection: COLLECTION_SLUGS.alertSubscribers,
    where: followersWhere({ section, locales, industryIds: alertIndustryIdsOf(section, doc), frequency: 'instant' }),
    depth: 0,
    pagination: false,
    limit: 0,
  })
  let queued = 0
  for (const subscriber of followers) {
    const locale = subscriber.locale as Locale
    const req = await createLocalReq({}, payload)
    try {
      await initTransaction(req)
      const claimed = await claimAlertItems({ payload, req, subscriberId: subscriber.id, collection, itemIds: [doc.id] })
      if (claimed.length > 0) {
        const item: AlertItem = { section, title: doc.title?.[locale] ?? '', summary: doc.summary?.[locale] ?? null, url: itemUrl(locale, section, doc.slug) }
        await enqueueAlert({ req, subscriber, content: instantAlertEmail({ locale, item, unsubscribeUrl: unsubscribeEmailUrl(locale, subscriber.id) }) })
        queued += 1
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      payload.logger.error({ msg: `Alert of ${collection} ${id} to subscriber ${subscriber.id} not queued`, err: error })
    }
  }
  return queued
}

/** The news of one section in a subscriber's language and industries, newest first. */
async function digestItems(payload: Payload, subscriber: AlertSubscriber, section: Section, now: Date): Promise<{ id: number; item: AlertItem }[]> {
  const locale = subscriber.locale as Locale
  const industryIds = (subscriber.industries ?? []).map((industry) => (typeof industry === 'object' ? industry.id : industry))
  const industriesField = (SECTIONS[section].alert as { industriesField?: string }).industriesField
  const conditions: Where[] = [
    { _status: { equals: 'published' } },
    { publishedAt: { greater_than_equal: new Date(now.getTime() - ALERT_NEWS_DAYS * DAY_MS).toISOString() } },
    { publishedAt: { less_than_equal: now.toISOString() } },
  ]
  if (industriesField && industryIds.length > 0) conditions.push({ or: [{ [industriesField]: { exists: false } }, { [industriesField]: { in: industryIds } }] })
  const { docs } = await payload.find({
    collection: SECTIONS[section].collection,
    where: { and: conditions },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 0,
    sort: '-publishedAt',
    limit: DIGEST_ITEMS_PER_SECTION,
    select: { slug: true, title: true, summary: true },
  })
  return docs.flatMap((doc) => {
    const { id, slug, title, summary } = doc as unknown as { id: number; slug?: string | null; title?: string | null; summary?: string | null }
    return slug && title ? [{ id, item: { section, title, summary: summary ?? null, url: itemUrl(locale, section, slug) } }] : []
  })
}

/**
 * The weekly digests that are due: each confirmed weekly subscriber whose week is up gets one e-mail of
 * the items of its sections and industries published in its language that it has not been told of; with
 * nothing new, no e-mail, and its next week starts. Returns how many digests were queued.
 */
export async function sendDueDigests({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<number> {
  const { docs: due } = await payload.find({
    collection: COLLECTION_SLUGS.alertSubscribers,
    where: { and: [{ status: { equals: 'confirmed' } }, { frequency: { equals: 'weekly' } }, { digestDueAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    pagination: false,
    limit: 0,
  })
  let queued = 0
  for (const subscriber of due) {
    const locale = subscriber.locale as Locale
    const sections = ALERT_SECTIONS.filter((section) => (subscriber.kinds ?? []).includes(section as never))
    const req = await createLocalReq({}, payload)
    try {
      const found = await Promise.all(sections.map((section) => digestItems(payload, subscriber, section, now)))
      await initTransaction(req)
      const items: AlertItem[] = []
      for (const [index, section] of sections.entries()) {
        const candidates = found[index]
        const claimed = new Set(await claimAlertItems({ payload, req, subscriberId: subscriber.id, collection: SECTIONS[section].collection, itemIds: candidates.map(({ id }) => id) }))
        items.push(...candidates.filter(({ id }) => claimed.has(id)).map(({ item }) => item))
      }
      if (items.length > 0) {
        await enqueueAlert({ req, subscriber, content: alertDigestEmail({ locale, items, unsubscribeUrl: unsubscribeEmailUrl(locale, subscriber.id) }) })
        queued += 1
      }
      await payload.update({ collection: COLLECTION_SLUGS.alertSubscribers, id: subscriber.id, data: { digestDueAt: new Date(now.getTime() + 7 * DAY_MS).toISOString() }, req })
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      payload.logger.error({ msg: `Weekly digest to subscriber ${subscriber.id} not queued`, err: error })
    }
  }
  return queued
}

/** Requests never confirmed are deleted once their link has expired: an address nobody confirmed is not kept. */
export async function deleteExpiredRequests({ payload, now = new Date() }: { payload: Payload; now?: Date }): Promise<void> {
  await payload.delete({
    collection: COLLECTION_SLUGS.alertSubscribers,
    where: { and: [{ status: { equals: 'pending' } }, { confirmationExpiresAt: { less_than: now.toISOString() } }] },
  })
}
