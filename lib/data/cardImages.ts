import { unstable_cache } from 'next/cache'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Media } from '@/payload-types'
import { CACHE_TAGS } from '../cache/tags'
import { getPortalPayload } from '../payload'
import { batchLoader } from './batchLoader'

/** A card's picture: its card-sized rendition, or the original where there is none. Decorative, so no text. */
export type CardImage = { url: string; width: number | null; height: number | null }

/**
 * The card pictures of these media documents, by id. Lists read their documents at depth 0 and their
 * pictures here, because populating them ran a second whole find on every list render (40% of it).
 * Each picture is cached on its own, under the media tag that an edited image revalidates, so a render
 * reads only its page's pictures; the ones that miss the cache in the same turn are read in one query
 * (lib/data/batchLoader.ts).
 */
export async function findCardImages(ids: number[]): Promise<Map<number, CardImage | null>> {
  const unique = [...new Set(ids)]
  const images = await Promise.all(unique.map(cachedCardImage))
  return new Map(unique.map((id, index) => [id, images[index]]))
}

function cachedCardImage(id: number): Promise<CardImage | null> {
  return unstable_cache(() => loadCardImage(id), ['card-image', String(id)], {
    tags: [CACHE_TAGS.collection(COLLECTION_SLUGS.media)],
  })()
}

const loadCardImage = batchLoader(async (ids: number[]): Promise<Map<number, CardImage | null>> => {
  const payload = await getPortalPayload()
  const { docs } = await payload.find({
    collection: COLLECTION_SLUGS.media,
    overrideAccess: false,
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    // A file's URL is made from its name as it is read, so the names must be selected too.
    select: { filename: true, url: true, width: true, height: true, sizes: { card: { filename: true, url: true, width: true, height: true } } },
  })
  return new Map(docs.map((doc) => [doc.id, toCardImage(doc)]))
})

function toCardImage(media: Pick<Media, 'url' | 'width' | 'height' | 'sizes'>): CardImage | null {
  const card = media.sizes?.card
  const url = card?.url ?? media.url
  if (!url) return null
  return { url, width: card?.width ?? media.width ?? null, height: card?.height ?? media.height ?? null }
}
