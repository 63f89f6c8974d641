import type { CollectionSlug, Field, GlobalConfig } from 'payload'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '../collections/slugs'
import { keyFiguresField } from '../fields/keyFigures'
import { label } from '../lib/i18n/label'
import { publishedGlobal } from './publishedGlobal'

function featured(name: string, relationTo: CollectionSlug, fieldLabel: ReturnType<typeof label>): Field {
  return { name, type: 'relationship', relationTo, hasMany: true, label: fieldLabel }
}

export const Home: GlobalConfig = publishedGlobal({
  slug: GLOBAL_SLUGS.home,
  label: label('首页', 'Home page', 'トップページ', '홈페이지'),
  fields: [
    { name: 'heroTitle', type: 'text', localized: true, required: true, label: label('主标题', 'Headline', '見出し', '헤드라인') },
    { name: 'heroText', type: 'textarea', localized: true, label: label('导语', 'Introduction', 'リード文', '소개 문구') },
    keyFiguresField({ name: 'headlineFigures', label: label('核心数据', 'Headline figures', '主要指標', '주요 지표') }),
    featured('featuredIndustries', COLLECTION_SLUGS.industries, label('推荐产业', 'Featured industries', '注目の産業', '추천 산업')),
    featured('featuredProjects', COLLECTION_SLUGS.projects, label('推荐项目', 'Featured projects', '注目の案件', '추천 프로젝트')),
    featured('featuredFunds', COLLECTION_SLUGS.funds, label('推荐基金', 'Featured funds', '注目のファンド', '추천 펀드')),
  ],
})
