import type { GlobalConfig } from 'payload'

import { GLOBAL_SLUGS } from '../collections/slugs'
import { contactField } from '../fields/contact'
import { DEFAULT_FOLLOW_UP_DAYS } from '../lib/enquiries/followUp'
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
    {
      name: 'followUpDays',
      type: 'number',
      min: 1,
      max: 90,
      defaultValue: DEFAULT_FOLLOW_UP_DAYS,
      required: true,
      label: { zh: '结案后回访（天）', en: 'Follow up after closing (days)', ja: '完了後のフォローアップ（日後）', ko: '종결 후 후속 안내(일 후)' } satisfies AdminLabel,
      admin: {
        description: {
          zh: '咨询标记为“已落地”或“未成功”后，经过该天数，系统以投资者的语言发送一封回访邮件，询问是否还需要帮助及是否满意。',
          en: 'This many days after an enquiry is closed as won or lost, the investor receives one e-mail in their language asking whether they need anything else and whether we gave them what they needed.',
          ja: '問い合わせを「成約」または「不成立」で完了してからこの日数が経つと、投資家の言語でフォローアップのメールを1通送り、ほかに必要なことがないか、対応に満足したかを尋ねます。',
          ko: '문의를 ‘성사’ 또는 ‘무산’으로 종결하고 이 일수가 지나면, 투자자의 언어로 더 필요한 것이 없는지와 만족 여부를 묻는 이메일을 한 번 보냅니다.',
        } satisfies AdminLabel,
      },
    },
  ],
})
