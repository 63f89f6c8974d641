import { draftMode } from 'next/headers'
import { unstable_cache } from 'next/cache'
import type { DataFromCollectionSlug, PopulateType } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import type { Media } from '@/payload-types'
import { documentTags } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { isValidSlug } from '../slugify'
import { lacksTexts, mergeFallback, type WithFallback } from './localizedDocument'
import { findPreviewUser } from './previewUser'

export type ImageSummary = { url: string; alt: string; width: number | null; height: number | null }

const MEDIA_POPULATE: PopulateType = { media: { alt: true, url: true, width: true, height: true, sizes: true } }

export function imageSummary(value: unknown, size: keyof NonNullable<Media['sizes']>): ImageSummary | null {
  if (!value || typeof value !== 'object') return null
  const media = value as Media
  const sized = media.sizes?.[size]
  const url = sized?.url ?? media.url
  if (!url) return null
  return { url, alt: media.alt ?? '', width: sized?.width ?? media.width ?? null, height: sized?.height ?? media.height ?? null }
}

type DocumentArgs<C extends ContentCollectionSlug> = { collection: C; slug: string; locale: Locale }

/**
 * One document by slug, everything the detail page shows, with the texts that fell back to Chinese
 * named. In draft mode (live preview) a signed-in staff member sees the latest draft, uncached.
 */
export async function findDocumentBySlug<C extends ContentCollectionSlug>(args: DocumentArgs<C>): Promise<WithFallback<DataFromCollectionSlug<C>> | null> {
  // The collections accept only such slugs: anything else in the URL (`%00`, `%ff`) names no document.
  if (!isValidSlug(args.slug)) return null
  const { isEnabled: isPreview } = await draftMode()
  if (isPreview) {
    const user = await findPreviewUser()
    if (user) return readDocument({ ...args, user, isDraft: true })
  }
  // A slug that finds nothing is not cached: anyone can type such slugs without end (see lib/cache/storable.mjs).
  const cached = unstable_cache(
    async () => {
      const doc = await readDocument({ ...args, isDraft: false })
      if (!doc) throw new DocumentNotFound()
      return doc
    },
    ['document', args.collection, args.slug, args.locale],
    { tags: documentTags(await getPortalPayload(), args.collection, args.locale) },
  )
  return cached().catch((error: unknown) => {
    if (error instanceof DocumentNotFound) return null
    throw error
  })
}

/** Thrown out of the cached read, because `unstable_cache` stores whatever returns and nothing that throws. */
class DocumentNotFound extends Error {}

async function readDocument<C extends ContentCollectionSlug>(
  args: DocumentArgs<C> & { isDraft: boolean; user?: Awaited<ReturnType<typeof findPreviewUser>> },
): Promise<WithFallback<DataFromCollectionSlug<C>> | null> {
  const payload = await getPortalPayload()
  const query = (locale: Locale, fallbackLocale: Locale | false) =>
    payload.find({
      collection: args.collection,
      locale,
      fallbackLocale,
      overrideAccess: false,
      user: args.user ?? undefined,
      draft: args.isDraft,
      where: args.isDraft ? { slug: { equals: args.slug } } : { slug: { equals: args.slug }, _status: { equals: 'published' } },
      depth: 1,
      populate: MEDIA_POPULATE,
      limit: 1,
    })
  // Found only where the locale is published (each locale of a document is published on its own).
  const inLocale = (await query(args.locale, false)).docs[0]
  if (!inLocale) return null
  // From the published texts themselves: `translatedLocales` counts drafts too.
  if (args.locale === DEFAULT_LOCALE || !lacksTexts(inLocale)) return mergeFallback(inLocale, null, args.locale)
  const original = (await query(DEFAULT_LOCALE, false)).docs[0]
  return mergeFallback(inLocale, original ?? null, args.locale)
}
