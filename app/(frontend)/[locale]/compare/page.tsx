import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { ComparisonView } from '@/components/compare/ComparisonView'
import { compareMetadata, localeOf } from '@/components/compare/comparePage'
import { DROPPED_PARAM, ITEMS_PARAM } from '@/lib/compare/compareRoutes.mjs'
import { MAX_COMPARED_ITEMS, parseComparedItems } from '@/lib/sections/compare'
import type { SearchParams } from '@/lib/sections/filters'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

/**
 * A comparison without items, or whose address is not well formed, or that the cached route redirected
 * here because it names documents that are not published: rendered per request. A well-formed one is
 * served from its cached route (lib/compare/compareRoutes.mjs).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return compareMetadata(await localeOf(params))
}

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const query = await searchParams
  const { items, dropped } = parseComparedItems(query[ITEMS_PARAM])
  // What the cached route already left out, as it says: a count, at most the items an address can hold.
  const alreadyDropped = Math.min(Math.max(Number.parseInt(String(query[DROPPED_PARAM] ?? ''), 10) || 0, 0), MAX_COMPARED_ITEMS)
  return <ComparisonView locale={locale} items={items} dropped={dropped + alreadyDropped} />
}
