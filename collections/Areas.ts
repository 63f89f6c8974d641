import type { CollectionConfig } from 'payload'

import { keyFiguresField } from '../fields/keyFigures'
import { locationField } from '../fields/location'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const Areas: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.areas,
  labels: {
    singular: { zh: '片区', en: 'Area', ja: 'エリア', ko: '지역' },
    plural: { zh: '片区与园区', en: 'Areas and parks', ja: 'エリア・園区', ko: '지역·단지' },
  },
  listColumns: ['featured'],
  fields: [
    locationField(),
    {
      name: 'areaSizeHectares',
      type: 'number',
      min: 0,
      label: { zh: '占地面积（公顷）', en: 'Size (hectares)', ja: '面積（ヘクタール）', ko: '면적(헥타르)' } satisfies AdminLabel,
    },
    keyFiguresField(),
    {
      name: 'advantages',
      type: 'array',
      label: { zh: '区位优势', en: 'Advantages', ja: '強み', ko: '강점' } satisfies AdminLabel,
      fields: [{ name: 'text', type: 'text', localized: true, required: true, label: { zh: '优势', en: 'Advantage', ja: '強み', ko: '강점' } satisfies AdminLabel }],
    },
    {
      name: 'relatedProjects',
      type: 'join',
      collection: COLLECTION_SLUGS.projects,
      on: 'area',
      label: { zh: '片区内项目', en: 'Projects in this area', ja: 'このエリアの案件', ko: '이 지역의 프로젝트' } satisfies AdminLabel,
    },
  ],
  sidebarFields: [featuredField()],
})
