import type { CollectionSlug, Field, GlobalConfig } from 'payload'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '../collections/slugs'
import { keyFiguresField } from '../fields/keyFigures'
import type { AdminLabel } from '../lib/i18n/label'
import { publishedGlobal } from './publishedGlobal'

function featured(name: string, relationTo: CollectionSlug, fieldLabel: AdminLabel): Field {
  return { name, type: 'relationship', relationTo, hasMany: true, label: fieldLabel }
}

export const Home: GlobalConfig = publishedGlobal({
  slug: GLOBAL_SLUGS.home,
  label: { zh: '首页', en: 'Home page', ja: 'トップページ', ko: '홈페이지' },
  fields: [
    { name: 'heroTitle', type: 'text', localized: true, required: true, label: { zh: '主标题', en: 'Headline', ja: '見出し', ko: '헤드라인' } satisfies AdminLabel },
    { name: 'heroText', type: 'textarea', localized: true, label: { zh: '导语', en: 'Introduction', ja: 'リード文', ko: '소개 문구' } satisfies AdminLabel },
    keyFiguresField({ name: 'headlineFigures', label: { zh: '核心数据', en: 'Headline figures', ja: '主要指標', ko: '주요 지표' } }),
    featured('featuredIndustries', COLLECTION_SLUGS.industries, { zh: '推荐产业', en: 'Featured industries', ja: '注目の産業', ko: '추천 산업' }),
    featured('featuredProjects', COLLECTION_SLUGS.projects, { zh: '推荐项目', en: 'Featured projects', ja: '注目の案件', ko: '추천 프로젝트' }),
    featured('featuredFunds', COLLECTION_SLUGS.funds, { zh: '推荐基金', en: 'Featured funds', ja: '注目のファンド', ko: '추천 펀드' }),
  ],
})
