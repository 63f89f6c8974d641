import type { CollectionAfterChangeHook } from 'payload'

import { isAlertNews } from '../../lib/alerts/sendAlerts'
import { QUEUE_ALERTS_TASK } from '../../lib/jobs/sendAlerts'
import { isAlertSection, sectionOf } from '../../lib/sections'
import { COLLECTION_SLUGS, type ContentCollectionSlug } from '../slugs'
import { changesPublicState } from './localePublishing'

type Versioned = { id: number; _status?: 'draft' | 'published' | null; publishedAt?: string | null }

/**
 * A publish of an item of a section readers follow (lib/sections: `alert`) queues the job that writes
 * its alerts (lib/alerts/sendAlerts.ts), in the change's transaction: a draft or an autosave queues
 * nothing, and the job itself decides who has not heard of it yet.
 */
export const queueAlertsAfterPublish: CollectionAfterChangeHook<Versioned> = async ({ doc, previousDoc, collection, req }) => {
  if (!isAlertSection(sectionOf(collection.slug as ContentCollectionSlug))) return doc
  const isDraftOfUnpublished = doc._status !== 'published' && previousDoc?._status !== 'published'
  if (!(changesPublicState(req, collection.slug, doc.id) ?? !isDraftOfUnpublished)) return doc
  // An old item (a seed's, an edit of last year's) is no news, and with no instant subscriber nobody waits
  // for one: a bulk import then queues no job that would hold up the outbox behind it.
  if (!isAlertNews(doc.publishedAt, new Date())) return doc
  const { totalDocs } = await req.payload.count({ collection: COLLECTION_SLUGS.alertSubscribers, where: { and: [{ status: { equals: 'confirmed' } }, { frequency: { equals: 'instant' } }] }, req })
  if (totalDocs === 0) return doc
  await req.payload.jobs.queue({ task: QUEUE_ALERTS_TASK, input: { collection: collection.slug, id: doc.id }, req })
  return doc
}
