import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { removeSearchEntries, syncSearchEntries } from '../../lib/search/searchIndex'
import type { ContentCollectionSlug } from '../slugs'
import { changesPublicState } from './localePublishing'

type Versioned = { id: number; _status?: 'draft' | 'published' | null }

/**
 * Publishing, unpublishing and editing a published document update its search entries, in whichever
 * locales. A draft changes nothing the public can find, so autosaves cost nothing here.
 */
export const syncSearchIndexAfterChange: CollectionAfterChangeHook<Versioned> = async ({ doc, previousDoc, collection, req }) => {
  // An update knows whether it published or unpublished anything (./localePublishing.ts); a create, once published.
  const isDraftOfUnpublished = doc._status !== 'published' && previousDoc?._status !== 'published'
  if (!(changesPublicState(req, collection.slug, doc.id) ?? !isDraftOfUnpublished)) return doc
  await syncSearchEntries({ payload: req.payload, collection: collection.slug as ContentCollectionSlug, id: doc.id, req })
  return doc
}

export const syncSearchIndexAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({ doc, collection, req }) => {
  await removeSearchEntries({ payload: req.payload, collection: collection.slug as ContentCollectionSlug, id: doc.id, req })
  return doc
}
