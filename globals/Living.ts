import type { GlobalConfig } from 'payload'

import { GLOBAL_SLUGS } from '../collections/slugs'
import { keyFiguresField } from '../fields/keyFigures'
import type { AdminLabel } from '../lib/i18n/label'
import { publishedGlobal } from './publishedGlobal'

/**
 * "Living and working here" (`/{locale}/living`): what an investor's staff ask before they move (schools,
 * childcare, hospitals, culture, jobs), each topic in the bureau's words with the figures behind it.
 */
export const Living: GlobalConfig = publishedGlobal({
  slug: GLOBAL_SLUGS.living,
  label: { zh: '宜居宜业', en: 'Living and working here', ja: '暮らしと仕事', ko: '생활과 일' },
  fields: [
    { name: 'intro', type: 'textarea', localized: true, label: { zh: '导语', en: 'Introduction', ja: 'リード文', ko: '소개 문구' } satisfies AdminLabel },
    {
      name: 'topics',
      type: 'array',
      label: { zh: '主题', en: 'Topics', ja: 'トピック', ko: '주제' } satisfies AdminLabel,
      labels: {
        singular: { zh: '主题', en: 'Topic', ja: 'トピック', ko: '주제' } satisfies AdminLabel,
        plural: { zh: '主题', en: 'Topics', ja: 'トピック', ko: '주제' } satisfies AdminLabel,
      },
      fields: [
        { name: 'heading', type: 'text', localized: true, required: true, label: { zh: '标题', en: 'Heading', ja: '見出し', ko: '제목' } satisfies AdminLabel },
        { name: 'body', type: 'textarea', localized: true, label: { zh: '正文', en: 'Text', ja: '本文', ko: '본문' } satisfies AdminLabel },
        keyFiguresField({ name: 'figures', label: { zh: '数据', en: 'Figures', ja: 'データ', ko: '수치' } }),
      ],
    },
  ],
})
