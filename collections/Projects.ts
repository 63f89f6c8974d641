import type { CollectionConfig } from 'payload'

import { contactField } from '../fields/contact'
import { locationField } from '../fields/location'
import { moneyFields } from '../fields/money'
import { AREA_UNITS } from '../lib/constants/options'
import {
  AREA_UNIT_LABELS,
  COOPERATION_MODE_LABELS,
  PROJECT_STAGE_LABELS,
  selectOptions,
} from '../lib/constants/optionLabels'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

function sizeFields(name: 'landArea' | 'floorArea', fieldLabel: ReturnType<typeof label>) {
  return {
    type: 'row' as const,
    fields: [
      { name, type: 'number' as const, min: 0, label: fieldLabel },
      {
        name: `${name}Unit`,
        type: 'select' as const,
        options: selectOptions(AREA_UNIT_LABELS),
        defaultValue: AREA_UNITS[0],
        label: label('单位', 'Unit', '単位', '단위'),
      },
    ],
  }
}

export const Projects: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.projects,
  labels: {
    singular: label('投资项目', 'Investment project', '投資案件', '투자 프로젝트'),
    plural: label('投资项目', 'Investment projects', '投資案件', '투자 프로젝트'),
  },
  listColumns: ['industry', 'area', 'stage', 'featured'],
  // The list's usual question, "this industry at this stage, newest first": one range scan of 12 rows
  // instead of walking every project by date (EXPLAIN in issue 8's note).
  indexes: [{ fields: ['industry', 'stage', 'publishedAt'] }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'industry', type: 'relationship', relationTo: COLLECTION_SLUGS.industries, index: true, label: label('所属产业', 'Industry', '産業', '산업') },
        { name: 'area', type: 'relationship', relationTo: COLLECTION_SLUGS.areas, index: true, label: label('所在片区', 'Area', 'エリア', '지역') },
      ],
    },
    moneyFields({ name: 'investment', label: label('投资额', 'Investment', '投資額', '투자 규모'), index: true }),
    {
      name: 'investmentApprox',
      type: 'checkbox',
      defaultValue: false,
      label: label('投资额为约数', 'The investment is approximate', '投資額は概数', '투자 규모는 근삿값'),
    },
    {
      type: 'row',
      fields: [
        { name: 'stage', type: 'select', index: true, options: selectOptions(PROJECT_STAGE_LABELS), label: label('阶段', 'Stage', '段階', '단계') },
        {
          name: 'cooperationModes',
          type: 'select',
          hasMany: true,
          options: selectOptions(COOPERATION_MODE_LABELS),
          label: label('合作方式', 'Cooperation modes', '協力形態', '협력 방식'),
        },
      ],
    },
    sizeFields('landArea', label('用地面积', 'Land area', '敷地面積', '부지 면적')),
    sizeFields('floorArea', label('建筑面积', 'Floor area', '延床面積', '연면적')),
    locationField(),
    contactField(),
  ],
  sidebarFields: [featuredField()],
})
