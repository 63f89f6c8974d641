import type { Metadata } from 'next'

import { imageSummary } from '../data/content'
import type { WithFallback } from '../data/localizedDocument'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { Section } from '../sections'
import { localizedPath } from './alternates'
import { pageMetadata, type ShareImage } from './pageMetadata'
import { absoluteUrl } from './siteUrl'
import { newsArticleJsonLd } from './structuredData'

/** What a detail page's head needs of its document: the SEO plugin's `meta` group and what it falls back to. */
export type SeoDocument = WithFallback<{
  slug?: string | null
  title: string
  summary?: string | null
  heroImage?: unknown
  meta?: { title?: string | null; description?: string | null; image?: unknown } | null
  publishedAt?: string | null
  updatedAt?: string | null
}>

type Args = { doc: SeoDocument; section: Section; locale: Locale; siteName: string }

function shareImageOf(doc: SeoDocument): ShareImage | null {
  return imageSummary(doc.meta?.image, 'og') ?? imageSummary(doc.heroImage, 'og')
}

function pathOf(doc: SeoDocument, section: Section): string {
  return `/${section}/${doc.slug ?? ''}`
}

/**
 * Title, description and share image from the editor's SEO fields, else the title, summary and hero image;
 * its translations named are those the document is published in.
 */
export function documentMetadata({ doc, section, locale, siteName, publishedLocales }: Args & { publishedLocales: readonly Locale[] }): Metadata {
  return pageMetadata({
    locale,
    path: pathOf(doc, section),
    title: doc.meta?.title || doc.title,
    description: doc.meta?.description || doc.summary,
    image: shareImageOf(doc),
    siteName,
    article: section === 'news' ? { publishedTime: doc.publishedAt, modifiedTime: doc.updatedAt } : null,
    locales: publishedLocales,
  })
}

/** The NewsArticle structured data of a news page, in the language its text is actually in. */
export function documentNewsArticle({ doc, section, locale, siteName }: Args) {
  return newsArticleJsonLd({
    url: absoluteUrl(localizedPath(locale, pathOf(doc, section))),
    headline: doc.title,
    description: doc.meta?.description || doc.summary,
    inLanguage: doc.fallbackFields.includes('body') || doc.fallbackFields.includes('title') ? DEFAULT_LOCALE : locale,
    image: shareImageOf(doc),
    datePublished: doc.publishedAt,
    dateModified: doc.updatedAt,
    siteName,
    locale,
  })
}
