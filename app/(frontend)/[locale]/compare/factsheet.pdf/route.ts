import type { NextRequest } from 'next/server'

import { findComparisonFactSheet } from '@/lib/data/factsheet'
import { ITEMS_PARAM } from '@/lib/compare/compareRoutes.mjs'
import { factSheetNotFound, factSheetResponse } from '@/lib/factsheet/response'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { parseComparedItems } from '@/lib/sections/compare'

type Context = { params: Promise<{ locale: string }> }

/**
 * The fact sheet of a comparison, `/{locale}/compare/factsheet.pdf?items=projects:a,areas:b`: its items
 * read as the compare page reads them; not found when none is a published document.
 */
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return factSheetNotFound(DEFAULT_LOCALE)
  const { items, dropped } = parseComparedItems(request.nextUrl.searchParams.get(ITEMS_PARAM) ?? undefined)
  if (items.length === 0) return factSheetNotFound(locale)
  return factSheetResponse(request, locale, await findComparisonFactSheet({ items, dropped, locale }))
}
