import type { CollectionConfig } from 'payload'

import { contactField } from '../fields/contact'
import { moneyFields } from '../fields/money'
import { precisionField } from '../fields/precision'
import { FUND_TYPE_LABELS, INVESTMENT_STAGE_LABELS, selectOptions } from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const Funds: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.funds,
  labels: {
    singular: { zh: '基金', en: 'Fund', ja: 'ファンド', ko: '펀드' },
    plural: { zh: '基金', en: 'Funds', ja: 'ファンド', ko: '펀드' },
  },
  listColumns: ['type', 'fundSize', 'featured'],
  fields: [
    moneyFields({ name: 'fundSize', label: { zh: '基金规模', en: 'Fund size', ja: 'ファンド規模', ko: '펀드 규모' } }),
    precisionField('fundSizePrecision', { zh: '规模精确度', en: 'Fund size: precision', ja: '規模の精度', ko: '펀드 규모 정확도' }),
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', index: true, options: selectOptions(FUND_TYPE_LABELS), label: { zh: '基金类型', en: 'Type', ja: '種類', ko: '유형' } satisfies AdminLabel },
        { name: 'yearEstablished', type: 'number', min: 1900, max: 2100, label: { zh: '设立年份', en: 'Established', ja: '設立年', ko: '설립 연도' } satisfies AdminLabel },
      ],
    },
    {
      name: 'focusIndustries',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.industries,
      hasMany: true,
      index: true,
      label: { zh: '重点投向产业', en: 'Focus industries', ja: '重点投資分野', ko: '중점 투자 산업' } satisfies AdminLabel,
    },
    { name: 'manager', type: 'text', localized: true, label: { zh: '管理机构', en: 'Manager', ja: '運用会社', ko: '운용사' } satisfies AdminLabel },
    {
      name: 'investmentStages',
      type: 'select',
      hasMany: true,
      options: selectOptions(INVESTMENT_STAGE_LABELS),
      label: { zh: '投资阶段', en: 'Investment stages', ja: '投資ステージ', ko: '투자 단계' } satisfies AdminLabel,
    },
    moneyFields({ name: 'ticketMin', label: { zh: '单笔投资下限', en: 'Smallest ticket', ja: '最小投資額', ko: '최소 투자액' } }),
    moneyFields({ name: 'ticketMax', label: { zh: '单笔投资上限', en: 'Largest ticket', ja: '最大投資額', ko: '최대 투자액' } }),
    { name: 'howToApply', type: 'textarea', localized: true, label: { zh: '申请方式', en: 'How to apply', ja: '申請方法', ko: '신청 방법' } satisfies AdminLabel },
    contactField(),
  ],
  sidebarFields: [featuredField()],
})
