import { unstable_cache } from 'next/cache'
import type { FlattenedField, SelectType } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { type Section, SECTION_NAMES, SECTIONS } from '../sections'
import type { SupportAnswer, SupportDefinition } from '../sections/types'
import type { SupportAnswers } from '../support/answers'
import { answersOutOfReach, appliesTo } from '../support/matching'

/**
 * The most documents of one section the finder weighs. A district's policies, funds and RCEP services
 * number in the dozens; past this, the newest are weighed and the log says so.
 */
export const MAX_SUPPORT_CANDIDATES = 200

/** A published document the finder may offer: the fields its matching and its result read, in the reader's locale. */
export type SupportCandidate = {
  id: number
  slug: string
  title: string
  summary: string | null
  /** The localized texts shown in Chinese because the reader's locale has none of its own. */
  fallbackFields: string[]
  /** Everything else the result and the matching read (the facts' fields, the matched fields, the texts). */
  fields: Record<string, unknown>
}

/** One section's results, and the answers none of its documents can be open to (said on the page). */
export type SupportGroup = { section: Section; results: SupportCandidate[]; outOfReach: SupportAnswer[] }

/** The sections the finder offers, in the registry's order, with how it matches each. */
export const SUPPORT_SECTIONS = SECTION_NAMES.flatMap((section) => {
  const support = SECTIONS[section].support as SupportDefinition<Section> | undefined
  return support ? [{ section, support }] : []
})

/** What the finder never reads of a document: the long texts and figures only its own page shows. */
const UNREAD_FIELDS = ['body', 'keyFigures', 'meta', 'heroImage', 'translatedLocales', 'translationStatus']

function fieldsOf(collection: ContentCollectionSlug, payload: Awaited<ReturnType<typeof getPortalPayload>>): FlattenedField[] {
  return payload.collections[collection].config.flattenedFields
}

/** The values each select field of the collection can hold, by name: what an answer must be among to match it. */
function selectOptionsOf(fields: FlattenedField[]): Record<string, string[]> {
  return Object.fromEntries(
    fields.flatMap((field) => (field.type === 'select' ? [[field.name, field.options.map((option) => (typeof option === 'string' ? option : option.value))]] : [])),
  )
}

/**
 * The section's published documents in the reader's locale, cached until staff publish in that
 * collection and locale: one entry per section and locale whatever the answers, which are matched on
 * the server against these (lib/support/matching.ts).
 */
export function findSupportCandidates(section: Section, locale: Locale): Promise<SupportCandidate[]> {
  const collection = SECTIONS[section].collection
  return unstable_cache(() => readSupportCandidates(section, locale), ['support-candidates', collection, locale], {
    tags: [CACHE_TAGS.collectionIn(collection, locale)],
  })()
}

async function readSupportCandidates(section: Section, locale: Locale): Promise<SupportCandidate[]> {
  const payload = await getPortalPayload()
  const collection = SECTIONS[section].collection
  const support = SECTIONS[section].support as SupportDefinition<Section> | undefined
  const names = new Set(fieldsOf(collection, payload).map((field) => field.name))
  const select = Object.fromEntries(UNREAD_FIELDS.filter((name) => names.has(name)).map((name) => [name, false])) as SelectType
  const query = { collection, locale, overrideAccess: false, where: { _status: { equals: 'published' } }, depth: 0, limit: MAX_SUPPORT_CANDIDATES, sort: SECTIONS[section].sort ?? '-publishedAt' } as const
  const localizedTexts = ['title', 'summary', ...(support?.texts.map(({ field }) => field) ?? [])]
  const [shown, own] = await Promise.all([
    payload.find({ ...query, fallbackLocale: DEFAULT_LOCALE, select }),
    // The texts of the locale itself, to tell which of those shown are the Chinese standing in.
    locale === DEFAULT_LOCALE ? null : payload.find({ ...query, fallbackLocale: false, select: Object.fromEntries(localizedTexts.map((name) => [name, true])) as SelectType }),
  ])
  if (shown.totalDocs > MAX_SUPPORT_CANDIDATES) {
    payload.logger.warn({ msg: `The support finder weighs the newest ${MAX_SUPPORT_CANDIDATES} of ${shown.totalDocs} published ${collection} in ${locale}.` })
  }
  const ownTexts = new Map((own?.docs ?? []).map((doc) => [doc.id, doc as unknown as Record<string, unknown>]))
  return shown.docs.map((doc) => {
    const { id, slug, title, summary, ...fields } = doc as unknown as Record<string, unknown> & { id: number; slug?: string | null; title: string; summary?: string | null }
    const ownDoc = ownTexts.get(id)
    const isFilled = (value: unknown) => typeof value === 'string' && value.trim() !== ''
    const shownDoc: Record<string, unknown> = { title, summary, ...fields }
    return {
      id,
      slug: slug ?? '',
      title,
      summary: summary ?? null,
      fallbackFields: own ? localizedTexts.filter((name) => isFilled(shownDoc[name]) && !isFilled(ownDoc?.[name])) : [],
      fields,
    }
  })
}

/**
 * The talent policies, funds and RCEP services that apply to an investor, by section in the registry's
 * order: each section's published documents in the reader's locale (cached), matched by their own fields
 * against the answers. `now` decides which have ended.
 */
export async function findSupport({ answers, locale, now = new Date() }: { answers: SupportAnswers; locale: Locale; now?: Date }): Promise<SupportGroup[]> {
  const payload = await getPortalPayload()
  return Promise.all(
    SUPPORT_SECTIONS.map(async ({ section, support }) => {
      const fieldOptions = selectOptionsOf(fieldsOf(SECTIONS[section].collection, payload))
      const candidates = await findSupportCandidates(section, locale)
      const results = candidates.filter((candidate) => appliesTo({ doc: candidate.fields, support, answers, fieldOptions, now }))
      return { section, results, outOfReach: answersOutOfReach({ support, answers, fieldOptions }) }
    }),
  )
}
