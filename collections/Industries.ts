import type { CollectionConfig } from 'payload'

import { keyFiguresField } from '../fields/keyFigures'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const Industries: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.industries,
  labels: {
    singular: { zh: '产业', en: 'Industry', ja: '産業', ko: '산업' },
    plural: { zh: '产业', en: 'Industries', ja: '産業', ko: '산업' },
  },
  listColumns: ['order', 'featured'],
  defaultSort: 'order',
  fields: [
    keyFiguresField(),
    {
      name: 'chainSegments',
      type: 'array',
      label: { zh: '产业链环节', en: 'Industry-chain segments', ja: 'サプライチェーンの領域', ko: '산업 밸류체인' } satisfies AdminLabel,
      fields: [{ name: 'name', type: 'text', localized: true, required: true, label: { zh: '名称', en: 'Name', ja: '名称', ko: '이름' } satisfies AdminLabel }],
    },
    {
      name: 'keyEnterprises',
      type: 'array',
      label: { zh: '重点企业', en: 'Key enterprises', ja: '主要企業', ko: '주요 기업' } satisfies AdminLabel,
      fields: [
        { name: 'name', type: 'text', localized: true, required: true, label: { zh: '企业名称', en: 'Name', ja: '企業名', ko: '기업명' } satisfies AdminLabel },
        { name: 'note', type: 'text', localized: true, label: { zh: '说明', en: 'Note', ja: '説明', ko: '설명' } satisfies AdminLabel },
      ],
    },
  ],
  sidebarFields: [
    { name: 'order', type: 'number', index: true, label: { zh: '排序', en: 'Order', ja: '並び順', ko: '순서' } satisfies AdminLabel, admin: { position: 'sidebar' } },
    featuredField(),
  ],
})
