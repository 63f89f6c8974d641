import type { CollectionConfig } from 'payload'

import { NEWS_CATEGORY_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS } from './slugs'

export const News: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.news,
  labels: {
    singular: label('新闻', 'News story', 'ニュース', '뉴스'),
    plural: label('新闻与案例', 'News and success stories', 'ニュース・事例', '뉴스·성공 사례'),
  },
  listColumns: ['category', 'publishedAt'],
  defaultSort: '-publishedAt',
  fields: [
    { name: 'category', type: 'select', index: true, options: selectOptions(NEWS_CATEGORY_LABELS), label: label('类别', 'Category', 'カテゴリー', '분류') },
    {
      name: 'related',
      type: 'relationship',
      hasMany: true,
      relationTo: CONTENT_COLLECTION_SLUGS.filter((slug) => slug !== COLLECTION_SLUGS.news),
      label: label('相关内容', 'Related', '関連情報', '관련 항목'),
    },
  ],
  sidebarFields: [featuredField()],
})
