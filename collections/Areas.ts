import type { CollectionConfig } from 'payload'

import { keyFiguresField } from '../fields/keyFigures'
import { locationField } from '../fields/location'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const Areas: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.areas,
  labels: {
    singular: label('片区', 'Area', 'エリア', '지역'),
    plural: label('片区与园区', 'Areas and parks', 'エリア・園区', '지역·단지'),
  },
  listColumns: ['featured'],
  fields: [
    locationField(),
    {
      name: 'areaSizeHectares',
      type: 'number',
      min: 0,
      label: label('占地面积（公顷）', 'Size (hectares)', '面積（ヘクタール）', '면적(헥타르)'),
    },
    keyFiguresField(),
    {
      name: 'advantages',
      type: 'array',
      label: label('区位优势', 'Advantages', '強み', '강점'),
      fields: [{ name: 'text', type: 'text', localized: true, required: true, label: label('优势', 'Advantage', '強み', '강점') }],
    },
    {
      name: 'relatedProjects',
      type: 'join',
      collection: COLLECTION_SLUGS.projects,
      on: 'area',
      label: label('片区内项目', 'Projects in this area', 'このエリアの案件', '이 지역의 프로젝트'),
    },
  ],
  sidebarFields: [featuredField()],
})
