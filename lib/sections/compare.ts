import { COMPARE_SEGMENT, ITEM_PATTERN, MAX_COMPARED_ITEMS } from '../compare/compareRoutes.mjs'
import type { MessageKey } from '../i18n/messages'
import { figureText } from './facts'
import { SECTION_NAMES, SECTIONS } from './index'
import type { FactContext, Section, SectionDocument } from './types'

export { COMPARE_SEGMENT, MAX_COMPARED_ITEMS }
export { compareHref } from '../compare/compareRoutes.mjs'

/** The fact sheet (PDF) of the comparison of items (their keys), in their order. */
export const factSheetHref = (locale: string, keys: readonly string[]) => `/${locale}/compare/factsheet.pdf?items=${keys.join(',')}`

/** The sections whose documents an investor can shortlist and compare, as the registry marks them. */
export const COMPARABLE_SECTIONS: readonly Section[] = SECTION_NAMES.filter((section) => SECTIONS[section].isComparable)

export function isComparable(section: Section): boolean {
  return COMPARABLE_SECTIONS.includes(section)
}

/** One document in a comparison or a shortlist. */
export type ComparedItem = { section: Section; slug: string }

/** The item's key, `section:slug`, as the address and the browser's shortlist write it. */
export const itemKey = ({ section, slug }: ComparedItem) => `${section}:${slug}`

/** Longer than six of the longest slugs: anything beyond is not read at all. */
const MAX_ITEMS_LENGTH = 2000

/**
 * The items a comparison's address asks for, in order and once each, and how many of what it names were
 * left out: a malformed entry, a section that is not compared, a seventh item and beyond.
 */
export function parseComparedItems(value: string | string[] | undefined): { items: ComparedItem[]; dropped: number } {
  const raw = typeof value === 'string' ? value.slice(0, MAX_ITEMS_LENGTH) : ''
  const entries = raw.split(',').filter((entry) => entry.trim() !== '')
  const items: ComparedItem[] = []
  for (const entry of entries) {
    if (!ITEM_PATTERN.test(entry) || items.length === MAX_COMPARED_ITEMS) continue
    const [section, slug] = entry.split(':') as [Section, string]
    if (!isComparable(section) || items.some((item) => itemKey(item) === entry)) continue
    items.push({ section, slug })
  }
  const duplicates = entries.length - new Set(entries).size
  return { items, dropped: entries.length - duplicates - items.length }
}

/** One row's cell of a comparison: the row it belongs to, its label and its value, ready to show. */
export type ComparedFact = {
  /** Rows join the columns' facts by it: a fact's message key, or a key figure's label. */
  row: string
  label: { key: MessageKey } | { text: string }
  value: string
  /** A key figure's year and source. */
  note?: string
  href?: string
}

type ContactValue = { name?: string | null; phone?: string | null; email?: string | null }
type KeyFigureValue = Parameters<typeof figureText>[0] & { label: string; year?: number | null; period?: string | null; source?: string | null }

/**
 * What a comparison shows of a document, in order: the facts its section's detail page shows, the contact
 * to ask, and its key figures with their year and source.
 */
export function comparedFacts<S extends Section>(section: S, doc: SectionDocument<S>, context: FactContext): ComparedFact[] {
  const { t, locale } = context
  const facts: ComparedFact[] = SECTIONS[section].facts(doc, context).map((fact) => ({ row: fact.labelKey, label: { key: fact.labelKey }, value: fact.value, href: fact.href }))
  const contact = 'contact' in doc ? (doc.contact as ContactValue | null | undefined) : null
  const reachable = [contact?.name, contact?.phone, contact?.email].filter(Boolean).join(' · ')
  if (reachable) facts.push({ row: 'facts.contact', label: { key: 'facts.contact' }, value: reachable })
  const figures = 'keyFigures' in doc ? ((doc.keyFigures as KeyFigureValue[] | null | undefined) ?? []) : []
  for (const figure of figures) {
    const note = [
      figure.year ? t('pages.figurePeriod', { year: String(figure.year), kind: figure.period ?? 'year' }) : null,
      figure.source ? t('facts.source', { source: figure.source }) : null,
    ]
      .filter(Boolean)
      .join(' · ')
    facts.push({ row: `figure:${figure.label}`, label: { text: figure.label }, value: figureText(figure, locale, t, context.rate), note: note || undefined })
  }
  return facts
}
