import type { MessageKey } from '@/lib/i18n/messages'
import { type Locale } from '../i18n/locales'
import { type Section, SECTIONS, type SectionDocument, sectionOf } from '../sections'
import type { RelatedQuery } from '../sections/types'
import { type Card, findPublishedCards } from './cards'

export type RelatedGroup = { titleKey: MessageKey; cards: { card: Card; section: Section }[] }

const RELATED_LIMIT = 6

async function cardsOf({ collection, where }: RelatedQuery['sources'][number], locale: Locale) {
  const { cards } = await findPublishedCards({ collection, locale, where, limit: RELATED_LIMIT })
  return cards.map((card) => ({ card, section: sectionOf(collection) }))
}

/** What a detail page links to, as its section's registry entry names it; groups without cards are left out. */
export async function findRelatedGroups<S extends Section>(section: S, doc: SectionDocument<S>, locale: Locale): Promise<RelatedGroup[]> {
  const queries = SECTIONS[section].related?.(doc) ?? []
  const groups: RelatedGroup[] = []
  for (const { titleKey, sources } of queries) {
    const cards = await Promise.all(sources.map((source) => cardsOf(source, locale)))
    groups.push({ titleKey, cards: cards.flat() })
  }
  return groups.filter((group) => group.cards.length > 0)
}
