import type { CollectionConfig } from 'payload'

import { keyFiguresField } from '../fields/keyFigures'
import { moneyFields } from '../fields/money'
import { selectOptions, TALENT_CATEGORY_LABELS, TALENT_GROUP_LABELS } from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const TalentPolicies: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.talentPolicies,
  labels: {
    singular: { zh: '人才政策', en: 'Talent policy', ja: '人材政策', ko: '인재 정책' },
    plural: { zh: '人才政策', en: 'Talent policies', ja: '人材政策', ko: '인재 정책' },
  },
  listColumns: ['category', 'featured'],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', index: true, options: selectOptions(TALENT_CATEGORY_LABELS), label: { zh: '政策类别', en: 'Category', ja: 'カテゴリー', ko: '분류' } satisfies AdminLabel },
        {
          name: 'targetGroups',
          type: 'select',
          hasMany: true,
          index: true,
          options: selectOptions(TALENT_GROUP_LABELS),
          label: { zh: '适用人群', en: 'Who it is for', ja: '対象者', ko: '대상' } satisfies AdminLabel,
        },
      ],
    },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.industries,
      hasMany: true,
      index: true,
      label: { zh: '适用产业', en: 'Industries', ja: '対象産業', ko: '대상 산업' } satisfies AdminLabel,
      admin: {
        // Most of the district's policies are open to everyone; only sector schemes name their industries.
        description: {
          zh: '仅适用于特定产业时选择；留空表示全区各产业均适用。',
          en: 'Choose only for a sector scheme; leave empty when the policy applies to every industry.',
          ja: '特定の産業向けの場合のみ選択します。空欄の場合はすべての産業が対象です。',
          ko: '특정 산업 대상일 때만 선택합니다. 비워 두면 모든 산업에 적용됩니다.',
        } satisfies AdminLabel,
      },
    },
    moneyFields({ name: 'maxBenefit', label: { zh: '最高支持金额', en: 'Maximum benefit', ja: '支援上限額', ko: '최대 지원액' } }),
    keyFiguresField(),
    { name: 'eligibility', type: 'textarea', localized: true, label: { zh: '申请条件', en: 'Eligibility', ja: '対象条件', ko: '자격 요건' } satisfies AdminLabel },
    { name: 'howToApply', type: 'textarea', localized: true, label: { zh: '申请方式', en: 'How to apply', ja: '申請方法', ko: '신청 방법' } satisfies AdminLabel },
    {
      type: 'row',
      fields: [
        { name: 'issuingAuthority', type: 'text', localized: true, label: { zh: '发布机关', en: 'Issued by', ja: '発行機関', ko: '발행 기관' } satisfies AdminLabel },
        { name: 'documentNumber', type: 'text', label: { zh: '文号', en: 'Document number', ja: '文書番号', ko: '문서 번호' } satisfies AdminLabel },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveFrom', type: 'date', label: { zh: '生效日期', en: 'Effective from', ja: '施行日', ko: '시행일' } satisfies AdminLabel },
        { name: 'effectiveTo', type: 'date', label: { zh: '截止日期', en: 'Effective until', ja: '失効日', ko: '종료일' } satisfies AdminLabel },
      ],
    },
  ],
  sidebarFields: [featuredField()],
})
