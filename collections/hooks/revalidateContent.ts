import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '../../lib/cache/revalidate'
import { CACHE_TAGS, collectionTags } from '../../lib/cache/tags'
import { type PublicationScope, publicationScopeOf } from './localePublishing'

type Versioned = { id: number | string; _status?: 'draft' | 'published' | null }

/**
 * Publishing or unpublishing refreshes the pages that show documents of its collection (lib/cache/tags.ts):
 * in the one locale it published, when it published one locale other than Chinese and changed nothing the
 * others show; else in every locale.
 */
export const revalidateContentAfterChange: CollectionAfterChangeHook<Versioned> = async ({ doc, previousDoc, collection, req }) => {
  if (req.context.disableRevalidate) return doc
  // An update knows what it published (./localePublishing.ts); a create is new to the public once published.
  const scope: PublicationScope = (await publicationScopeOf(req, collection.slug, doc.id)) ?? (doc._status === 'published' || previousDoc?._status === 'published' ? { kind: 'all' } : { kind: 'none' })
  if (scope.kind === 'none') return doc
  if (scope.kind === 'locale') {
    // The locales a document is published in show on its pages in every locale (hreflang): refreshed when that changed.
    await revalidateTags([...collectionTags(collection.slug, [scope.locale]), ...(scope.isStatusChanged ? [CACHE_TAGS.publishedLocales(collection.slug)] : [])])
  } else {
    await revalidateTags(collectionTags(collection.slug))
  }
  return doc
}

export const revalidateContentAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({ doc, collection, req }) => {
  if (req.context.disableRevalidate) return doc
  await revalidateTags(collectionTags(collection.slug))
  return doc
}
