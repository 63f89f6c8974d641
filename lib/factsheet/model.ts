import type { Locale } from '../i18n/locales'

/** One line of a fact sheet: a label, its value, and a note under it (a key figure's year and source). */
export type FactSheetLine = { label: string; value: string; note?: string }

/** One document on a fact sheet: the detail page's title and facts, its key figures and its own address. */
export type FactSheetItem = {
  /** The section's name, above the title. */
  kicker: string
  title: string
  summary?: string
  /** The document's page. */
  url: string
  facts: FactSheetLine[]
  figures: FactSheetLine[]
}

/**
 * Everything a fact sheet prints, already worded in its locale: the generator (./FactSheetDocument.tsx)
 * lays it out and adds nothing but the QR code of `url`.
 */
export type FactSheet = {
  locale: Locale
  /** The bureau behind the portal, as the footer names it. */
  bureauName: string
  /** A comparison's heading; a single document's sheet has none above its item. */
  heading?: string
  /** A notice under the heading (a comparison that left items out). */
  notice?: string
  items: FactSheetItem[]
  /** Related documents by group, their titles only. */
  related: { title: string; items: string[] }[]
  /** Whom to ask: the document's officer, else the bureau, with only the details staff entered. */
  contact: { title: string; lines: FactSheetLine[] } | null
  /** The page the sheet prints, absolute, and the words that introduce its QR code. */
  url: string
  urlLabel: string
  /** "As of" the last publish. */
  asOf: string
  labels: { facts: string; keyFigures: string; related: string }
  /** A page's number in the footer of every page, in the locale's words ("Page 1 of 2"). */
  pageNumber: (page: number, pages: number) => string
}
