import type { Where } from 'payload'

import { COLLECTION_SLUGS, type ContentCollectionSlug } from '@/collections/slugs'
import { type Locale } from '../i18n/locales'
import type { MessageKey } from '../i18n/messages'
import { sectionOf, type Section } from '../sections'
import { type Card, findPublishedCards } from './cards'

export type RelatedGroup = { titleKey: MessageKey; cards: { card: Card; section: Section }[] }

const RELATED_LIMIT = 6

async function cardsWhere(collection: ContentCollectionSlug, locale: Locale, where: Where) {
  const { cards } = await findPublishedCards({ collection, locale, where, limit: RELATED_LIMIT })
  return cards.map((card) => ({ card, section: sectionOf(collection) }))
}

type Relation = { relationTo: ContentCollectionSlug; value: number | { id: number } }

/**
 * What a detail page links to: an industry's projects, funds and talent policies, an area's projects, a
 * story's subjects. A talent policy that names no industry is open to all of them, so every industry lists it.
 */
export async function findRelatedGroups(collection: ContentCollectionSlug, doc: Record<string, unknown>, locale: Locale) {
  const id = doc.id as number
  const groups: RelatedGroup[] = []
  if (collection === COLLECTION_SLUGS.industries) {
    groups.push({ titleKey: 'related.projects', cards: await cardsWhere(COLLECTION_SLUGS.projects, locale, { industry: { equals: id } }) })
    groups.push({ titleKey: 'related.funds', cards: await cardsWhere(COLLECTION_SLUGS.funds, locale, { focusIndustries: { in: [id] } }) })
    groups.push({
      titleKey: 'related.talent',
      cards: await cardsWhere(COLLECTION_SLUGS.talentPolicies, locale, {
        or: [{ industries: { in: [id] } }, { industries: { exists: false } }],
      }),
    })
  }
  if (collection === COLLECTION_SLUGS.areas) {
    groups.push({ titleKey: 'related.inArea', cards: await cardsWhere(COLLECTION_SLUGS.projects, locale, { area: { equals: id } }) })
  }
  if (collection === COLLECTION_SLUGS.news) {
    const idsByCollection = new Map<ContentCollectionSlug, number[]>()
    for (const { relationTo, value } of (doc.related as Relation[] | undefined) ?? []) {
      const relatedId = typeof value === 'object' && value ? value.id : value
      idsByCollection.set(relationTo, [...(idsByCollection.get(relationTo) ?? []), relatedId])
    }
    const cards = await Promise.all(
      [...idsByCollection].map(([relatedCollection, ids]) => cardsWhere(relatedCollection, locale, { id: { in: ids } })),
    )
    groups.push({ titleKey: 'related.news', cards: cards.flat() })
  }
  return groups.filter((group) => group.cards.length > 0)
}
