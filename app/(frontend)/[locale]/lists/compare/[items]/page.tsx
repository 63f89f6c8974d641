import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { ComparisonView } from '@/components/compare/ComparisonView'
import { compareMetadata, localeOf } from '@/components/compare/comparePage'
import { DROPPED_PARAM } from '@/lib/compare/compareRoutes.mjs'
import { findDocumentBySlug } from '@/lib/data/content'
import { SECTIONS } from '@/lib/sections'
import { compareHref, itemKey, parseComparedItems } from '@/lib/sections/compare'

type Props = { params: Promise<{ locale: string; items: string }> }

/** Rendered on first request, then served from the page cache until staff publish (see lib/compare/compareRoutes.mjs). */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return compareMetadata(await localeOf(params))
}

export default async function CachedComparePage({ params }: Props) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  // The router may hand the segment over encoded or as sent.
  const segment = (await params).items
  const { items, dropped } = parseComparedItems(segment.includes('%') ? decodeURIComponent(segment) : segment)
  const found = await Promise.all(items.map((item) => findDocumentBySlug({ collection: SECTIONS[item.section].collection, slug: item.slug, locale })))
  const kept = items.filter((_, index) => found[index])
  // Only comparisons of published documents are cached: the others are shown, with their notice, per request.
  if (dropped > 0 || kept.length < items.length) {
    redirect(`${compareHref(locale, kept.map(itemKey))}${kept.length > 0 ? '&' : '?'}${DROPPED_PARAM}=${dropped + items.length - kept.length}`)
  }
  return <ComparisonView locale={locale} items={items} dropped={0} />
}
