import type { GlobalConfig } from 'payload'

import { GLOBAL_SLUGS } from '../collections/slugs'
import { contactField } from '../fields/contact'
import { DEFAULT_REPLY_BUSINESS_DAYS } from '../lib/enquiries/replyDeadline'
import type { AdminLabel } from '../lib/i18n/label'
import { publishedGlobal } from './publishedGlobal'

export const Site: GlobalConfig = publishedGlobal({
  slug: GLOBAL_SLUGS.site,
  label: { zh: '站点设置', en: 'Site settings', ja: 'サイト設定', ko: '사이트 설정' },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { zh: '门户名称', en: 'Portal name', ja: 'ポータル名', ko: '포털 이름' } satisfies AdminLabel },
    { name: 'tagline', type: 'text', localized: true, label: { zh: '一句话介绍', en: 'Tagline', ja: 'キャッチコピー', ko: '한 줄 소개' } satisfies AdminLabel },
    { name: 'district', type: 'text', localized: true, label: { zh: '所属城区', en: 'District', ja: '地区', ko: '지역' } satisfies AdminLabel },
    contactField(),
    { name: 'address', type: 'text', localized: true, label: { zh: '地址', en: 'Address', ja: '住所', ko: '주소' } satisfies AdminLabel },
    { name: 'footerNote', type: 'textarea', localized: true, label: { zh: '页脚说明', en: 'Footer note', ja: 'フッターの注記', ko: '바닥글 안내' } satisfies AdminLabel },
    {
      name: 'enquiryResponseBusinessDays',
      type: 'number',
      min: 1,
      max: 30,
      defaultValue: DEFAULT_REPLY_BUSINESS_DAYS,
      required: true,
      label: { zh: '咨询答复时限（工作日）', en: 'Reply to enquiries within (business days)', ja: '問い合わせへの回答期限（営業日）', ko: '문의 답변 기한(영업일)' } satisfies AdminLabel,
    },
  ],
})
