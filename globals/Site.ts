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
    {
      name: 'bureauName',
      type: 'text',
      localized: true,
      label: { zh: '招商机构名称', en: 'Bureau name', ja: '担当機関名', ko: '담당 기관명' } satisfies AdminLabel,
      admin: {
        description: {
          zh: '留空时页脚和“关于我们”显示门户名称。',
          en: 'When empty, the footer and About page show the portal name.',
          ja: '空欄の場合、フッターと「概要」ページにはポータル名を表示します。',
          ko: '비워 두면 바닥글과 소개 페이지에 포털 이름을 표시합니다.',
        } satisfies AdminLabel,
      },
    },
    { name: 'district', type: 'text', localized: true, label: { zh: '所属城区', en: 'District', ja: '地区', ko: '지역' } satisfies AdminLabel },
    contactField(),
    { name: 'address', type: 'text', localized: true, label: { zh: '地址', en: 'Address', ja: '住所', ko: '주소' } satisfies AdminLabel },
    { name: 'officeHours', type: 'text', localized: true, label: { zh: '办公时间', en: 'Office hours', ja: '受付時間', ko: '업무 시간' } satisfies AdminLabel },
    {
      name: 'mapUrl',
      type: 'text',
      label: { zh: '地图链接', en: 'Map link', ja: '地図のリンク', ko: '지도 링크' } satisfies AdminLabel,
      validate: (value: string | null | undefined) => !value || /^https:\/\/\S+$/.test(value) || 'Enter a link starting with https://',
    },
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
