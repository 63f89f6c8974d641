import type { Field, GlobalConfig } from 'payload'

import { isStaffField } from '../access/isStaff'
import { GLOBAL_SLUGS } from '../collections/slugs'
import { contactField } from '../fields/contact'
import { DEFAULT_FOLLOW_UP_DAYS } from '../lib/enquiries/followUp'
import { DEFAULT_REPLY_BUSINESS_DAYS } from '../lib/enquiries/replyDeadline'
import { RATE_QUOTE_LABELS, READER_CURRENCY_LABELS } from '../lib/currency/readerCurrencies'
import { selectOptions } from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'
import { publishedGlobal } from './publishedGlobal'

/** A calendar date: picked in the admin as a day, and shown as 2027-10-01 whatever the editor's language. */
function calendarDateRows(args: { name: string; label: AdminLabel; rowLabel: AdminLabel; description: AdminLabel; nameLabel: AdminLabel }): Field {
  return {
    name: args.name,
    type: 'array',
    label: args.label,
    labels: { singular: args.rowLabel, plural: args.label },
    // Staff plan with the calendar; the public pages have no use for it.
    access: { read: isStaffField },
    admin: { description: args.description },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'date',
            type: 'date',
            required: true,
            label: { zh: '日期', en: 'Date', ja: '日付', ko: '날짜' } satisfies AdminLabel,
            admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
          },
          { name: 'name', type: 'text', required: true, label: args.nameLabel },
        ],
      },
    ],
  }
}

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
      type: 'collapsible',
      label: { zh: '开放数据', en: 'Open data', ja: 'オープンデータ', ko: '공공데이터 개방' } satisfies AdminLabel,
      admin: {
        description: {
          zh: '“开放数据”页面和各数据集文件中注明的使用许可。尚未确定许可时请留空，页面将注明“暂未设定许可”。',
          en: 'The licence the Open data page and every dataset state. Leave it empty until the bureau has chosen one: the page then says no licence is set yet.',
          ja: '「オープンデータ」ページと各データセットに記載する利用許諾です。まだ決まっていない場合は空欄にしてください。ページには「利用許諾は未設定」と表示されます。',
          ko: '‘공공데이터 개방’ 페이지와 각 데이터 파일에 표시할 이용 허락 조건입니다. 아직 정하지 않았다면 비워 두세요. 페이지에 ‘이용 허락 조건 미정’으로 표시됩니다.',
        } satisfies AdminLabel,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'openDataLicence', type: 'text', localized: true, label: { zh: '许可名称', en: 'Licence', ja: '利用許諾の名称', ko: '이용 허락 조건' } satisfies AdminLabel },
            {
              name: 'openDataLicenceUrl',
              type: 'text',
              label: { zh: '许可全文链接', en: 'Link to the licence', ja: '利用許諾の全文へのリンク', ko: '이용 허락 조건 전문 링크' } satisfies AdminLabel,
              validate: (value: string | null | undefined) => !value || /^https:\/\/\S+$/.test(value) || 'Enter a link starting with https://',
            },
          ],
        },
      ],
    },
    {
      name: 'exchangeRates',
      type: 'array',
      label: { zh: '外币折算汇率', en: 'Exchange rates', ja: '換算レート', ko: '환산 환율' } satisfies AdminLabel,
      labels: {
        singular: { zh: '汇率', en: 'Exchange rate', ja: 'レート', ko: '환율' } satisfies AdminLabel,
        plural: { zh: '外币折算汇率', en: 'Exchange rates', ja: '換算レート', ko: '환산 환율' } satisfies AdminLabel,
      },
      admin: {
        description: {
          zh: '门户上的人民币金额可按此处汇率折算为外币，供境外投资者参考（日文页面默认日元，韩文页面默认韩元，英文页面默认美元）。每种币种填写一行，注明汇率日期和来源（如中国人民银行授权中国外汇交易中心公布的人民币汇率中间价）。未填写汇率的币种不作折算。',
          en: 'RMB amounts on the portal can be shown converted at these rates for investors abroad (Japanese pages default to yen, Korean pages to won, English pages to US dollars). One row per currency, with the rate’s date and its source (for example the central parity rate published by the China Foreign Exchange Trade System). A currency with no rate is never converted.',
          ja: 'ポータル上の人民元の金額を、ここに入力したレートで外貨に換算して参考表示します（日本語ページは日本円、韓国語ページは韓国ウォン、英語ページは米ドルが既定）。通貨ごとに1行とし、レートの日付と出典（中国外貨取引センターが公表する人民元為替レートの基準値など）を入力してください。レートのない通貨は換算しません。',
          ko: '포털의 위안화 금액을 여기에 입력한 환율로 외화로 환산해 참고용으로 보여 줍니다(일본어 페이지는 엔, 한국어 페이지는 원, 영어 페이지는 미국 달러가 기본). 통화마다 한 줄씩, 환율 기준일과 출처(중국외환거래센터가 고시하는 위안화 기준환율 등)를 함께 입력하세요. 환율이 없는 통화는 환산하지 않습니다.',
        } satisfies AdminLabel,
      },
      validate: (rows: unknown) => {
        const codes = ((rows as { currency?: string }[] | null | undefined) ?? []).map((row) => row.currency).filter(Boolean)
        return new Set(codes).size === codes.length || 'Enter each currency once.'
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'currency', type: 'select', required: true, options: selectOptions(READER_CURRENCY_LABELS), label: { zh: '币种', en: 'Currency', ja: '通貨', ko: '통화' } satisfies AdminLabel },
            { name: 'quote', type: 'select', required: true, defaultValue: 'yuanPerUnit', options: selectOptions(RATE_QUOTE_LABELS), label: { zh: '标价方式', en: 'Rate given as', ja: 'レートの表し方', ko: '환율 표시 방식' } satisfies AdminLabel },
            { name: 'rate', type: 'number', required: true, min: 0.000001, label: { zh: '汇率', en: 'Rate', ja: 'レート', ko: '환율' } satisfies AdminLabel },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              label: { zh: '汇率日期', en: 'Rate of', ja: 'レートの日付', ko: '환율 기준일' } satisfies AdminLabel,
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
            },
            { name: 'source', type: 'text', localized: true, label: { zh: '来源', en: 'Source', ja: '出典', ko: '출처' } satisfies AdminLabel },
          ],
        },
      ],
    },
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
    {
      type: 'collapsible',
      label: { zh: '工作日历', en: 'Working calendar', ja: '勤務カレンダー', ko: '근무 달력' } satisfies AdminLabel,
      admin: {
        description: {
          zh: '答复期限、“4个工作小时”和提醒邮件均按此日历计算：周一至周五 9:00–17:30（北京时间）为工作时间，法定节假日除外，调休上班日照常工作。每年国务院办公厅公布次年节假日安排后，请据此更新，并点击“发布”生效。',
          en: 'Reply deadlines, the four business hours and reminder e-mails all follow this calendar: Monday to Friday, 09:00–17:30 China Standard Time, except public holidays, plus the weekend days worked in their place. Each year, once the State Council General Office announces the next year’s holiday arrangements, enter them here and publish.',
          ja: '回答期限、「4営業時間」、リマインダーのメールはすべてこのカレンダーに従います。勤務時間は月曜から金曜の9:00～17:30（中国標準時）で、祝日は除き、振替出勤日は勤務日となります。毎年、国務院弁公庁が翌年の祝日の日程を発表したら、ここに入力して公開してください。',
          ko: '답변 기한, ‘4업무시간’ 기준, 알림 메일은 모두 이 달력을 따릅니다. 근무 시간은 월요일부터 금요일 9:00~17:30(중국 표준시)이며, 법정 공휴일은 쉬고 대체 근무일에는 일합니다. 매년 국무원 판공청이 이듬해 공휴일 일정을 발표하면 여기에 입력하고 게시해 주세요.',
        } satisfies AdminLabel,
      },
      fields: [
        calendarDateRows({
          name: 'publicHolidays',
          label: { zh: '法定节假日', en: 'Public holidays', ja: '祝日', ko: '법정 공휴일' },
          rowLabel: { zh: '节假日', en: 'Public holiday', ja: '祝日', ko: '공휴일' },
          description: {
            zh: '放假的每一天各填一行，包括与周末相连的日期。',
            en: 'One row for each day off, including the weekend days within the holiday.',
            ja: '休みになる日を1日ずつ1行で入力します。連休に含まれる土日も入力してください。',
            ko: '쉬는 날을 하루에 한 줄씩 입력합니다. 연휴에 포함된 주말도 입력해 주세요.',
          },
          nameLabel: { zh: '节日', en: 'Holiday', ja: '祝日名', ko: '공휴일 이름' },
        }),
        calendarDateRows({
          name: 'makeUpWorkdays',
          label: { zh: '调休上班日', en: 'Make-up working days', ja: '振替出勤日', ko: '대체 근무일' },
          rowLabel: { zh: '调休上班日', en: 'Make-up working day', ja: '振替出勤日', ko: '대체 근무일' },
          description: {
            zh: '因调休需要上班的周六、周日，每天一行。',
            en: 'The Saturdays and Sundays worked to make up for a holiday, one row each.',
            ja: '連休の振替で出勤となる土曜・日曜を1日ずつ1行で入力します。',
            ko: '연휴를 대신해 출근하는 토요일·일요일을 하루에 한 줄씩 입력합니다.',
          },
          nameLabel: { zh: '对应节日', en: 'For the holiday', ja: '対象の祝日', ko: '해당 공휴일' },
        }),
      ],
    },
  ],
})
