import type { Metadata } from 'next'

import { LOCALE_CODES, type Locale } from '../i18n/locales'
import { localizedAlternates, localizedPath } from './alternates'
import { absoluteUrl } from './siteUrl'

export type ShareImage = { url: string; alt: string; width?: number | null; height?: number | null }

type Args = {
  locale: Locale
  /** The page's path without the locale: `/`, `/projects`, `/news/some-slug`. */
  path: string
  title: string
  description?: string | null
  image?: ShareImage | null
  siteName: string
  /** News is an article to Open Graph; everything else a website page. */
  article?: { publishedTime?: string | null; modifiedTime?: string | null } | null
  /** The locales the page exists in, when not all: a document published in some locales only. */
  locales?: readonly Locale[]
}

/** Open Graph names a locale as language_TERRITORY; the likeliest territory of each language will do. */
export function openGraphLocale(locale: Locale): string {
  const { language, region } = new Intl.Locale(locale).maximize()
  return region ? `${language}_${region}` : language
}

/**
 * Everything a page's head says about it to search engines and link previews: title, description,
 * canonical URL and its translations, Open Graph and the Twitter card, all in the page's locale.
 */
export function pageMetadata({ locale, path, title, description, image, siteName, article, locales = LOCALE_CODES }: Args): Metadata {
  const url = absoluteUrl(localizedPath(locale, path))
  const images = image ? [{ url: absoluteUrl(image.url), alt: image.alt, width: image.width ?? undefined, height: image.height ?? undefined }] : undefined
  const shared = {
    title,
    description: description ?? undefined,
    url,
    siteName,
    locale: openGraphLocale(locale),
    alternateLocale: locales.filter((code) => code !== locale).map(openGraphLocale),
    images,
  }
  return {
    title,
    description: description ?? undefined,
    alternates: localizedAlternates(locale, path, locales),
    openGraph: article
      ? {
          ...shared,
          type: 'article',
          publishedTime: article.publishedTime ?? undefined,
          modifiedTime: article.modifiedTime ?? undefined,
        }
      : { ...shared, type: 'website' },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description: description ?? undefined,
      images: images?.map(({ url: imageUrl, alt }) => ({ url: imageUrl, alt })),
    },
  }
}
