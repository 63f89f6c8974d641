import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { CollectionConfig } from 'payload'

import { contactField } from '../fields/contact'
import { locationField } from '../fields/location'
import { moneyFields } from '../fields/money'
import { precisionField } from '../fields/precision'
import { AREA_UNITS } from '../lib/constants/options'
import {
  AREA_UNIT_LABELS,
  COOPERATION_MODE_LABELS,
  PROJECT_STAGE_LABELS,
  selectOptions,
} from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField, type SchemaHook } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

function sizeFields(name: 'landArea' | 'floorArea', fieldLabel: AdminLabel) {
  return {
    type: 'row' as const,
    fields: [
      { name, type: 'number' as const, min: 0, label: fieldLabel },
      {
        name: `${name}Unit`,
        type: 'select' as const,
        options: selectOptions(AREA_UNIT_LABELS),
        defaultValue: AREA_UNITS[0],
        label: { zh: '单位', en: 'Unit', ja: '単位', ko: '단위' } satisfies AdminLabel,
      },
    ],
  }
}

export const Projects: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.projects,
  labels: {
    singular: { zh: '投资项目', en: 'Investment project', ja: '投資案件', ko: '투자 프로젝트' },
    plural: { zh: '投资项目', en: 'Investment projects', ja: '投資案件', ko: '투자 프로젝트' },
  },
  listColumns: ['industry', 'area', 'stage', 'featured'],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'industry', type: 'relationship', relationTo: COLLECTION_SLUGS.industries, index: true, label: { zh: '所属产业', en: 'Industry', ja: '産業', ko: '산업' } satisfies AdminLabel },
        { name: 'area', type: 'relationship', relationTo: COLLECTION_SLUGS.areas, index: true, label: { zh: '所在片区', en: 'Area', ja: 'エリア', ko: '지역' } satisfies AdminLabel },
      ],
    },
    moneyFields({ name: 'investment', label: { zh: '投资额', en: 'Investment', ja: '投資額', ko: '투자 규모' }, index: true }),
    precisionField('investmentPrecision', { zh: '投资额精确度', en: 'Investment: precision', ja: '投資額の精度', ko: '투자 규모 정확도' }),
    {
      type: 'row',
      fields: [
        { name: 'stage', type: 'select', index: true, options: selectOptions(PROJECT_STAGE_LABELS), label: { zh: '阶段', en: 'Stage', ja: '段階', ko: '단계' } satisfies AdminLabel },
        {
          name: 'cooperationModes',
          type: 'select',
          hasMany: true,
          options: selectOptions(COOPERATION_MODE_LABELS),
          label: { zh: '合作方式', en: 'Cooperation modes', ja: '協力形態', ko: '협력 방식' } satisfies AdminLabel,
        },
      ],
    },
    sizeFields('landArea', { zh: '用地面积', en: 'Land area', ja: '敷地面積', ko: '부지 면적' }),
    sizeFields('floorArea', { zh: '建筑面积', en: 'Floor area', ja: '延床面積', ko: '연면적' }),
    locationField(),
    contactField(),
  ],
  sidebarFields: [featuredField()],
})

/**
 * The list's usual question, "this industry at this stage, newest first", is one range scan of 12 rows
 * instead of a walk through every project by date (EXPLAIN in issue 8's note). The investment and the id
 * at the end let its count, with a typed amount, be read from the index alone: at 100,000 projects, 3,125
 * matches were counted in 23 ms instead of 90 (issue 27's note). Payload's compound indexes take fields
 * only, not the id, hence a schema hook.
 */
export const indexProjectLists: SchemaHook = ({ extendTable, schema }) => {
  const table = schema.tables.projects
  if (!table) throw new Error('The projects table is missing from the schema.')
  extendTable({
    table,
    extraConfig: (columns) => ({
      byIndustryAndStage: index('projects_industry_stage_published_at_idx').on(
        columns.industry,
        columns.stage,
        columns.publishedAt,
        columns.investment,
        columns.id,
      ),
    }),
  })
  return schema
}
