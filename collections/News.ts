import type { CollectionConfig } from 'payload'

import { NEWS_CATEGORY_LABELS, selectOptions } from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS } from './slugs'

export const News: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.news,
  labels: {
    singular: { zh: '新闻', en: 'News story', ja: 'ニュース', ko: '뉴스' },
    plural: { zh: '新闻与案例', en: 'News and success stories', ja: 'ニュース・事例', ko: '뉴스·성공 사례' },
  },
  listColumns: ['category', 'publishedAt'],
  defaultSort: '-publishedAt',
  fields: [
    { name: 'category', type: 'select', index: true, options: selectOptions(NEWS_CATEGORY_LABELS), label: { zh: '类别', en: 'Category', ja: 'カテゴリー', ko: '분류' } satisfies AdminLabel },
    // When the story happened, as far as its source says: the day where it gives one, otherwise the year.
    // Never the date of publishing it here, which the page shows as "last updated".
    {
      type: 'row',
      fields: [
        {
          name: 'eventDate',
          type: 'date',
          label: { zh: '发生日期', en: 'Date of the event', ja: '発生日', ko: '발생일' } satisfies AdminLabel,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'periodYear',
          type: 'number',
          min: 1900,
          max: 2100,
          label: { zh: '所属年份（无具体日期时）', en: 'Year (where no day is known)', ja: '年（日付が不明な場合）', ko: '연도(날짜를 모를 때)' } satisfies AdminLabel,
        },
      ],
    },
    {
      name: 'related',
      type: 'relationship',
      hasMany: true,
      relationTo: CONTENT_COLLECTION_SLUGS.filter((slug) => slug !== COLLECTION_SLUGS.news),
      label: { zh: '相关内容', en: 'Related', ja: '関連情報', ko: '관련 항목' } satisfies AdminLabel,
    },
  ],
  sidebarFields: [featuredField()],
})
