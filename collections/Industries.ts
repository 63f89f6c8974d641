import type { CollectionConfig } from 'payload'

import { keyFiguresField } from '../fields/keyFigures'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const Industries: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.industries,
  labels: {
    singular: label('产业', 'Industry', '産業', '산업'),
    plural: label('产业', 'Industries', '産業', '산업'),
  },
  listColumns: ['order', 'featured'],
  defaultSort: 'order',
  fields: [
    keyFiguresField(),
    {
      name: 'chainSegments',
      type: 'array',
      label: label('产业链环节', 'Industry-chain segments', 'サプライチェーンの領域', '산업 밸류체인'),
      fields: [{ name: 'name', type: 'text', localized: true, required: true, label: label('名称', 'Name', '名称', '이름') }],
    },
    {
      name: 'keyEnterprises',
      type: 'array',
      label: label('重点企业', 'Key enterprises', '主要企業', '주요 기업'),
      fields: [
        { name: 'name', type: 'text', localized: true, required: true, label: label('企业名称', 'Name', '企業名', '기업명') },
        { name: 'note', type: 'text', localized: true, label: label('说明', 'Note', '説明', '설명') },
      ],
    },
  ],
  sidebarFields: [
    { name: 'order', type: 'number', index: true, label: label('排序', 'Order', '並び順', '순서'), admin: { position: 'sidebar' } },
    featuredField(),
  ],
})
