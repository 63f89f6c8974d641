import { findDocumentFactSheet } from '@/lib/data/factsheet'
import { factSheetNotFound, factSheetResponse } from '@/lib/factsheet/response'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { isSection } from '@/lib/sections'

type Context = { params: Promise<{ locale: string; section: string; slug: string }> }

/**
 * The fact sheet of every section's detail page, `/{locale}/{section}/{slug}/factsheet.pdf`: one route for
 * all sections (their pages' folders claim `/{locale}/{section}/{slug}` only). Generated on the first
 * request and kept until staff publish (lib/data/factsheet.ts).
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, section, slug } = await params
  if (!isLocale(locale)) return factSheetNotFound(DEFAULT_LOCALE)
  if (!isSection(section)) return factSheetNotFound(locale)
  return factSheetResponse(request, locale, await findDocumentFactSheet({ section, slug, locale }))
}
