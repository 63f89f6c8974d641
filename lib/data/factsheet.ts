import { draftMode } from 'next/headers'
import { unstable_cache } from 'next/cache'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS, documentTags } from '../cache/tags'
import type { FactSheet, FactSheetLine } from '../factsheet/model'
import { renderFactSheet } from '../factsheet/render'
import { formatDate } from '../format/numbers'
import type { Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/translator'
import { getPortalPayload } from '../payload'
import { type Section, SECTIONS } from '../sections'
import { type ComparedFact, comparedFacts, type ComparedItem, compareHref, itemKey, MAX_COMPARED_ITEMS } from '../sections/compare'
import type { Translate } from '../sections/types'
import { absoluteUrl } from '../seo/siteUrl'
import { findBureauContact, reachableContact, type ContactDetails } from './bureauContact'
import { findComparison } from './comparison'
import { findDocumentBySlug } from './content'
import { findReaderRate } from './exchangeRate'
import { findRelatedGroups } from './related'
import { findSite } from './site'

/** A generated fact sheet: the PDF, the name it is saved under, and what identifies this version of it. */
export type FactSheetFile = {
  pdf: Buffer
  filename: string
  version: string
  /** Generated from an editor's drafts (live preview): for their eyes only, never kept by a shared cache. */
  isPreview: boolean
}

async function translate(locale: Locale): Promise<Translate> {
  const t = await translatorFor(locale)
  return (key, values) => t(key, values)
}

/**
 * The facts, key figures and contact line of a document as the detail and compare pages word them
 * (lib/sections/compare.ts's `comparedFacts`), sorted into the sheet's parts.
 */
function sheetLines(facts: ComparedFact[], t: Translate, { withContact }: { withContact: boolean }) {
  const lines: FactSheetLine[] = []
  const figures: FactSheetLine[] = []
  for (const fact of facts) {
    if (fact.row === 'facts.contact' && !withContact) continue
    const line = { label: 'key' in fact.label ? t(fact.label.key) : fact.label.text, value: fact.value, note: fact.note }
    if (fact.row.startsWith('figure:')) figures.push(line)
    else lines.push(line)
  }
  return { facts: lines, figures }
}

/** Whom the sheet names to ask: the document's own officer, else the bureau, with only what staff entered. */
async function contactOf(locale: Locale, t: Translate, officer: ContactDetails | null): Promise<FactSheet['contact']> {
  const bureau = await findBureauContact(locale)
  const contact = officer ?? bureau.contact
  const lines: FactSheetLine[] = []
  if (contact?.name) lines.push({ label: t('facts.contact'), value: [contact.name, contact.title].filter(Boolean).join(', ') })
  if (contact?.phone) lines.push({ label: t('pages.phone'), value: contact.phone })
  if (contact?.email) lines.push({ label: t('pages.email'), value: contact.email })
  if (!officer && bureau.address) lines.push({ label: t('pages.address'), value: bureau.address })
  return lines.length > 0 ? { title: t(officer ? 'pages.yourContact' : 'pages.bureauContact'), lines } : null
}

async function frameOf(locale: Locale, t: Translate, url: string, lastPublished: string) {
  const site = await findSite(locale)
  return {
    locale,
    bureauName: site.bureauName ?? site.name ?? t('meta.defaultSiteName'),
    url,
    urlLabel: t('factsheet.scan'),
    asOf: t('factsheet.asOf', { date: formatDate(lastPublished, locale) }),
    labels: { facts: t('facts.title'), keyFigures: t('facts.keyFigures'), related: t('factsheet.related') },
    pageNumber: (page: number, pages: number) => t('factsheet.page', { page, pages }),
  }
}

/**
 * Renders once per key and keeps the PDF in the data cache (lib/cache/README.md) under `tags`, which a
 * publish expires like the pages showing the same documents; a signed-in editor's preview is never kept.
 */
async function cachedPdf(key: string[], tags: string[], render: () => Promise<Buffer>): Promise<{ pdf: Buffer; isPreview: boolean }> {
  if ((await draftMode()).isEnabled) return { pdf: await render(), isPreview: true }
  const base64 = await unstable_cache(async () => (await render()).toString('base64'), ['factsheet', ...key], { tags })()
  return { pdf: Buffer.from(base64, 'base64'), isPreview: false }
}

/**
 * The fact sheet of a document's detail page (`/{locale}/{section}/{slug}/factsheet.pdf`), in `locale`:
 * null where the page would not be found (an unknown slug, or not published in the locale).
 */
export async function findDocumentFactSheet<S extends Section>({ section, slug, locale }: { section: S; slug: string; locale: Locale }): Promise<FactSheetFile | null> {
  const { collection } = SECTIONS[section]
  const doc = await findDocumentBySlug({ collection, slug, locale })
  if (!doc) return null
  const payload = await getPortalPayload()
  const relatedCollections = (SECTIONS[section].related?.(doc) ?? []).flatMap((query) => query.sources.map((source) => source.collection))
  const tags = [
    ...new Set([
      ...documentTags(payload, collection, locale),
      ...relatedCollections.map((related) => CACHE_TAGS.collectionIn(related, locale)),
      CACHE_TAGS.global(GLOBAL_SLUGS.site),
    ]),
  ]
  const { pdf, isPreview } = await cachedPdf([section, slug, locale, doc.updatedAt], tags, async () => {
    const t = await translate(locale)
    const [related, rate] = await Promise.all([findRelatedGroups(section, doc, locale), findReaderRate(locale)])
    const { facts, figures } = sheetLines(comparedFacts(section, doc, { locale, t, rate }), t, { withContact: false })
    const url = absoluteUrl(`/${locale}/${section}/${slug}`)
    const sheet: FactSheet = {
      ...(await frameOf(locale, t, url, doc.updatedAt)),
      // As on the page: texts not yet translated are the Chinese, and the sheet says so.
      notice: doc.fallbackFields.length > 0 ? t('fallback.notice') : undefined,
      items: [{ kicker: t(`nav.${section}`), title: doc.title, summary: doc.summary ?? undefined, url, facts, figures }],
      related: related.map((group) => ({ title: t(group.titleKey), items: group.cards.map(({ card }) => card.title) })),
      contact: await contactOf(locale, t, reachableContact('contact' in doc ? doc.contact : null)),
    }
    return renderFactSheet(sheet)
  })
  return { pdf, isPreview, filename: `${slug}-${locale}.pdf`, version: `${section}:${slug}:${locale}:${doc.updatedAt}` }
}

/**
 * The fact sheet of a comparison (`/{locale}/compare/factsheet.pdf?items=…`), its items already parsed as
 * the compare page parses them: null when none of them is a published document.
 */
export async function findComparisonFactSheet({ items, dropped, locale }: { items: ComparedItem[]; dropped: number; locale: Locale }): Promise<FactSheetFile | null> {
  const t = await translate(locale)
  const { columns, missing } = await findComparison({ items, locale, t })
  if (columns.length === 0) return null
  const payload = await getPortalPayload()
  const keys = columns.map(itemKey)
  const lastPublished = columns.map((column) => column.updatedAt).reduce((latest, date) => (date > latest ? date : latest))
  const tags = [...new Set([...columns.flatMap((column) => documentTags(payload, SECTIONS[column.section].collection, locale)), CACHE_TAGS.global(GLOBAL_SLUGS.site)])]
  const leftOut = dropped + missing.length
  const { pdf, isPreview } = await cachedPdf(['compare', locale, String(leftOut), ...columns.map((column) => `${itemKey(column)}@${column.updatedAt}`)], tags, async () => {
    const sheet: FactSheet = {
      ...(await frameOf(locale, t, absoluteUrl(compareHref(locale, keys)), lastPublished)),
      heading: t('compare.title'),
      notice: leftOut > 0 ? t('compare.dropped', { count: leftOut, max: MAX_COMPARED_ITEMS }) : undefined,
      items: columns.map((column) => ({
        kicker: t(`nav.${column.section}`),
        title: column.title,
        url: absoluteUrl(column.href),
        ...sheetLines(column.facts, t, { withContact: true }),
      })),
      related: [],
      contact: await contactOf(locale, t, null),
    }
    return renderFactSheet(sheet)
  })
  return { pdf, isPreview, filename: `comparison-${locale}.pdf`, version: `compare:${locale}:${leftOut}:${keys.join(',')}:${lastPublished}` }
}
