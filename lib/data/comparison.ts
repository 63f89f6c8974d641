import type { Locale } from '../i18n/locales'
import { SECTIONS } from '../sections'
import { type ComparedFact, comparedFacts, type ComparedItem } from '../sections/compare'
import type { Translate } from '../sections/types'
import { findDocumentBySlug } from './content'
import { findPageRate } from './exchangeRate'

/** One column of a comparison: the document's title, its page and what the comparison shows of it. */
export type ComparedColumn = ComparedItem & {
  title: string
  href: string
  /** The title is the Chinese original: the document is not translated into the reader's locale. */
  isTitleFallback: boolean
  /** When the document was last published (a fact sheet's "as of" and cache key). */
  updatedAt: string
  facts: ComparedFact[]
}

/**
 * The published documents among the items, in order, each read through the detail page's own cache
 * (lib/data/content.ts), the items that name no published document, and the rate their amounts are in.
 */
export async function findComparison({ items, locale, t }: { items: ComparedItem[]; locale: Locale; t: Translate }) {
  const rate = await findPageRate(locale)
  const found = await Promise.all(
    items.map(async (item) => ({ item, doc: await findDocumentBySlug({ collection: SECTIONS[item.section].collection, slug: item.slug, locale }) })),
  )
  const columns: ComparedColumn[] = []
  const missing: ComparedItem[] = []
  for (const { item, doc } of found) {
    if (!doc) {
      missing.push(item)
      continue
    }
    columns.push({
      ...item,
      title: doc.title,
      href: `/${locale}/${item.section}/${item.slug}`,
      isTitleFallback: doc.fallbackFields.includes('title'),
      updatedAt: doc.updatedAt,
      facts: comparedFacts(item.section, doc, { locale, t, rate }),
    })
  }
  return { columns, missing, pageRate: rate }
}
