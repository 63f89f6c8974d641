import type { GlobalConfig } from 'payload'

import { GLOBAL_SLUGS } from '../collections/slugs'
import { contactField } from '../fields/contact'
import { DEFAULT_REPLY_BUSINESS_DAYS } from '../lib/enquiries/replyDeadline'
import { label } from '../lib/i18n/label'
import { publishedGlobal } from './publishedGlobal'

export const Site: GlobalConfig = publishedGlobal({
  slug: GLOBAL_SLUGS.site,
  label: label('站点设置', 'Site settings', 'サイト設定', '사이트 설정'),
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: label('门户名称', 'Portal name', 'ポータル名', '포털 이름') },
    { name: 'tagline', type: 'text', localized: true, label: label('一句话介绍', 'Tagline', 'キャッチコピー', '한 줄 소개') },
    { name: 'district', type: 'text', localized: true, label: label('所属城区', 'District', '地区', '지역') },
    contactField(),
    { name: 'address', type: 'text', localized: true, label: label('地址', 'Address', '住所', '주소') },
    { name: 'footerNote', type: 'textarea', localized: true, label: label('页脚说明', 'Footer note', 'フッターの注記', '바닥글 안내') },
    {
      name: 'enquiryResponseBusinessDays',
      type: 'number',
      min: 1,
      max: 30,
      defaultValue: DEFAULT_REPLY_BUSINESS_DAYS,
      required: true,
      label: label('咨询答复时限（工作日）', 'Reply to enquiries within (business days)', '問い合わせへの回答期限（営業日）', '문의 답변 기한(영업일)'),
    },
  ],
})
