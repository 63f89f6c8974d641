import type { MessageKey } from '@/lib/i18n/messages'
import type { DataFromCollectionSlug, Where } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import type { LocalizedLabel } from '../constants/optionLabels'
import type { ExchangeRate, PageRate } from '../currency/convert'
import type { EnquiryType } from '../constants/options'
import type { Locale } from '../i18n/locales'
import type { ListFilter } from './filters'
import type { SECTION_ROUTES, TYPED_PARAMS } from './routes.mjs'

export type Section = keyof typeof SECTION_ROUTES

export type SectionCollection<S extends Section = Section> = (typeof SECTION_ROUTES)[S]['collection']

/** A published document of a section, as the generated Payload types describe it. */
export type SectionDocument<S extends Section = Section> = DataFromCollectionSlug<SectionCollection<S>>

/** The parameters a section's filters may read: its route's choices (but the page) and what a visitor types. */
export type FilterParam<S extends Section> = Exclude<(typeof SECTION_ROUTES)[S]['choiceParams'][number], 'page'> | (typeof TYPED_PARAMS)[number]

/** One line of a detail page's "key facts": a translated label key and the value, ready to show. */
export type Fact = { labelKey: MessageKey; value: string; href?: string }

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

/**
 * What the facts are written for: the reader's locale and, when staff entered one, the rate of the reader's
 * currency; on a page, the page's rate, whose amounts the reader's choice of currency rewrites.
 */
export type FactContext = { locale: Locale; t: Translate; rate?: ExchangeRate | PageRate | null }

/** A group of cards a detail page links to, and the queries that find them, in the order they show. */
export type RelatedQuery = { titleKey: MessageKey; sources: { collection: ContentCollectionSlug; where: Where }[] }

/** An answer an investor gives the support finder (`/{locale}/support-finder`) about their company. */
export type SupportAnswer = 'industry' | 'stage' | 'people' | 'country'

/**
 * How the support finder matches a section's documents to an investor (lib/support/matching.ts): each
 * answer against a field of the document. A document whose field is empty is open to every value the field
 * can hold (a policy naming no industry applies to every industry); an answer the field cannot hold (a
 * country outside RCEP, for the member countries an RCEP service serves) matches none of its documents.
 */
export type SupportDefinition<S extends Section> = {
  matchedBy: Partial<Record<SupportAnswer, keyof SectionDocument<S> & string>>
  /** A date field after which a document no longer applies (a policy's end date). */
  endsOn?: keyof SectionDocument<S> & string
  /** The facts a result shows (what it is worth, when it is in force), by their labels in `facts`, in order. */
  facts: readonly MessageKey[]
  /** The document's own texts a result shows in full (eligibility, how to apply), each with its heading. */
  texts: readonly { field: keyof SectionDocument<S> & string; labelKey: MessageKey }[]
}

/**
 * Everything the portal knows about one section. Its messages are `sections.{name}.title` and `.intro`
 * and `nav.{name}`; its demo content is in `scripts/seed/data/{collection}`.
 */
export type SectionDefinition<S extends Section> = {
  name: S
  collection: SectionCollection<S>
  /** The list's filters, in the order they narrow the query and show as chips; a keyword box leads the form. */
  filters: readonly ListFilter<FilterParam<S>>[]
  /** The list's order, when it reads better in another than newest first. */
  sort?: string
  /** The select field a card shows as its badge, with the labels of its values. */
  badge?: { field: keyof SectionDocument<S> & string; labels: Record<string, LocalizedLabel> }
  /**
   * What a card shows under its badge: the facts (by label, in order) that decide a click, read by `facts`
   * from the fields named here; a relationship among them arrives as its title and slug.
   */
  card?: { fields: readonly (keyof SectionDocument<S> & string)[]; facts: readonly MessageKey[] }
  /** The facts an investor decides by, in order; a fact the document lacks is left out. */
  facts: (doc: SectionDocument<S>, context: FactContext) => Fact[]
  /** What the detail page links to. */
  related?: (doc: SectionDocument<S>) => RelatedQuery[]
  /** The enquiry type an investor reading the section is most likely asking about. */
  enquiryType: EnquiryType
  /**
   * Whether an investor can shortlist the section's documents and compare them side by side: by their
   * facts, contact and key figures (lib/sections/compare.ts).
   */
  isComparable?: boolean
  /** Whether, and how, the support finder offers the section's documents to an investor. */
  support?: SupportDefinition<S>
  /**
   * Whether readers can subscribe to e-mail alerts of the section's new documents (`/{locale}/alerts`),
   * and the field naming a document's industries; a section without one, or a document naming none, is
   * of interest to every industry.
   */
  alert?: { industriesField?: keyof SectionDocument<S> & string }
}
