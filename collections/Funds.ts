import type { CollectionConfig } from 'payload'

import { contactField } from '../fields/contact'
import { moneyFields } from '../fields/money'
import { FUND_TYPE_LABELS, INVESTMENT_STAGE_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const Funds: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.funds,
  labels: {
    singular: label('基金', 'Fund', 'ファンド', '펀드'),
    plural: label('基金', 'Funds', 'ファンド', '펀드'),
  },
  listColumns: ['type', 'fundSize', 'featured'],
  fields: [
    moneyFields({ name: 'fundSize', label: label('基金规模', 'Fund size', 'ファンド規模', '펀드 규모') }),
    {
      name: 'fundSizeApprox',
      type: 'checkbox',
      defaultValue: false,
      label: label('规模为约数', 'The size is approximate', '規模は概数', '규모는 근삿값'),
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', index: true, options: selectOptions(FUND_TYPE_LABELS), label: label('基金类型', 'Type', '種類', '유형') },
        { name: 'yearEstablished', type: 'number', min: 1900, max: 2100, label: label('设立年份', 'Established', '設立年', '설립 연도') },
      ],
    },
    {
      name: 'focusIndustries',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.industries,
      hasMany: true,
      index: true,
      label: label('重点投向产业', 'Focus industries', '重点投資分野', '중점 투자 산업'),
    },
    { name: 'manager', type: 'text', localized: true, label: label('管理机构', 'Manager', '運用会社', '운용사') },
    {
      name: 'investmentStages',
      type: 'select',
      hasMany: true,
      options: selectOptions(INVESTMENT_STAGE_LABELS),
      label: label('投资阶段', 'Investment stages', '投資ステージ', '투자 단계'),
    },
    moneyFields({ name: 'ticketMin', label: label('单笔投资下限', 'Smallest ticket', '最小投資額', '최소 투자액') }),
    moneyFields({ name: 'ticketMax', label: label('单笔投资上限', 'Largest ticket', '最大投資額', '최대 투자액') }),
    { name: 'howToApply', type: 'textarea', localized: true, label: label('申请方式', 'How to apply', '申請方法', '신청 방법') },
    contactField(),
  ],
  sidebarFields: [featuredField()],
})
