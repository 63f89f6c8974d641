import type { ContentCollectionSlug } from '@/collections/slugs'
import { NEWS_CATEGORY_LABELS, optionLabel } from '../constants/optionLabels'
import { formatDate } from '../format/numbers'
import { defineSection } from './define'
import { compact } from './facts'
import { optionFilter } from './filters'

export const news = defineSection('news', {
  filters: [optionFilter({ param: 'category', labelKey: 'facts.category', labels: NEWS_CATEGORY_LABELS, where: (category) => ({ category: { equals: category } }) })],
  badge: { field: 'category', labels: NEWS_CATEGORY_LABELS },
  card: { fields: ['eventDate', 'periodYear'], facts: ['facts.when'] },
  facts: (story, { locale, t }) =>
    compact([
      { labelKey: 'facts.category', value: optionLabel(NEWS_CATEGORY_LABELS, story.category, locale) ?? '' },
      // The day where the source gives one, otherwise the year it reports on; never the import date.
      {
        labelKey: 'facts.when',
        value: story.eventDate ? formatDate(story.eventDate, locale) : story.periodYear ? t('facts.year', { year: String(story.periodYear) }) : '',
      },
    ]),
  // A story's subjects, whatever their sections.
  related: (story) => {
    const idsByCollection = new Map<ContentCollectionSlug, number[]>()
    for (const { relationTo, value } of story.related ?? []) {
      const id = typeof value === 'object' ? value.id : value
      idsByCollection.set(relationTo, [...(idsByCollection.get(relationTo) ?? []), id])
    }
    return [{ titleKey: 'related.news', sources: [...idsByCollection].map(([collection, ids]) => ({ collection, where: { id: { in: ids } } })) }]
  },
  enquiryType: 'general',
  alert: {},
})
