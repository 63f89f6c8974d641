import type { LivePreviewConfig } from 'payload'

import { CONTENT_COLLECTION_SLUGS, GLOBAL_SLUGS, type ContentCollectionSlug } from '@/collections/slugs'
import { isLocale, DEFAULT_LOCALE } from './i18n/locales'
import { sectionOf } from './sections/names'

export const PREVIEW_ROUTE = '/api/preview'

/**
 * The page a document appears on, in the locale being edited: what the admin's live preview shows.
 * Globals preview the home page, where their content appears.
 */
export const previewUrl: NonNullable<LivePreviewConfig['url']> = ({ data, collectionConfig, locale }) => {
  const code = isLocale(locale?.code) ? locale.code : DEFAULT_LOCALE
  const query = new URLSearchParams({ locale: code })
  const collection = collectionConfig?.slug as ContentCollectionSlug | undefined
  if (collection && (CONTENT_COLLECTION_SLUGS as readonly string[]).includes(collection) && data?.slug) {
    query.set('path', `/${code}/${sectionOf(collection)}/${data.slug}`)
  } else {
    query.set('path', `/${code}`)
  }
  return `${PREVIEW_ROUTE}?${query}`
}

export const LIVE_PREVIEW_COLLECTIONS = [...CONTENT_COLLECTION_SLUGS]
export const LIVE_PREVIEW_GLOBALS = [GLOBAL_SLUGS.home, GLOBAL_SLUGS.site]

/** Only portal paths may be previewed: a preview link must not send a signed-in editor anywhere else. */
export function isPortalPath(path: string): boolean {
  return /^\/[a-z]{2}(\/[a-z-]+(\/[a-z0-9-]+)?)?$/.test(path)
}
