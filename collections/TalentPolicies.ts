import type { CollectionConfig } from 'payload'

import { keyFiguresField } from '../fields/keyFigures'
import { moneyFields } from '../fields/money'
import { selectOptions, TALENT_CATEGORY_LABELS, TALENT_GROUP_LABELS } from '../lib/constants/optionLabels'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const TalentPolicies: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.talentPolicies,
  labels: {
    singular: label('人才政策', 'Talent policy', '人材政策', '인재 정책'),
    plural: label('人才政策', 'Talent policies', '人材政策', '인재 정책'),
  },
  listColumns: ['category', 'featured'],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'select', index: true, options: selectOptions(TALENT_CATEGORY_LABELS), label: label('政策类别', 'Category', 'カテゴリー', '분류') },
        {
          name: 'targetGroups',
          type: 'select',
          hasMany: true,
          index: true,
          options: selectOptions(TALENT_GROUP_LABELS),
          label: label('适用人群', 'Who it is for', '対象者', '대상'),
        },
      ],
    },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.industries,
      hasMany: true,
      index: true,
      label: label('适用产业', 'Industries', '対象産業', '대상 산업'),
      admin: {
        // Most of the district's policies are open to everyone; only sector schemes name their industries.
        description: label(
          '仅适用于特定产业时选择；留空表示全区各产业均适用。',
          'Choose only for a sector scheme; leave empty when the policy applies to every industry.',
          '特定の産業向けの場合のみ選択します。空欄の場合はすべての産業が対象です。',
          '특정 산업 대상일 때만 선택합니다. 비워 두면 모든 산업에 적용됩니다.',
        ),
      },
    },
    moneyFields({ name: 'maxBenefit', label: label('最高支持金额', 'Maximum benefit', '支援上限額', '최대 지원액') }),
    keyFiguresField(),
    { name: 'eligibility', type: 'textarea', localized: true, label: label('申请条件', 'Eligibility', '対象条件', '자격 요건') },
    { name: 'howToApply', type: 'textarea', localized: true, label: label('申请方式', 'How to apply', '申請方法', '신청 방법') },
    {
      type: 'row',
      fields: [
        { name: 'issuingAuthority', type: 'text', localized: true, label: label('发布机关', 'Issued by', '発行機関', '발행 기관') },
        { name: 'documentNumber', type: 'text', label: label('文号', 'Document number', '文書番号', '문서 번호') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveFrom', type: 'date', label: label('生效日期', 'Effective from', '施行日', '시행일') },
        { name: 'effectiveTo', type: 'date', label: label('截止日期', 'Effective until', '失効日', '종료일') },
      ],
    },
  ],
  sidebarFields: [featuredField()],
})
