import { countryName, COUNTRY_CODES, type CountryCode } from '../constants/countries'
import { ENQUIRY_STATUS_LABELS, ENQUIRY_TYPE_LABELS, SATISFACTION_LABELS } from '../constants/optionLabels'
import { SATISFACTION_ANSWERS } from '../constants/options'
import { type AdminLabel, inLanguage } from '../i18n/label'
import { isLocale } from '../i18n/locales'
import type { EnquiryReport, Officer } from './report'

/** The report's words, in the admin's four languages; the view and its CSV share them. */
export const REPORT_TEXT = {
  title: { zh: '咨询统计报告', en: 'Enquiry report', ja: 'お問い合わせレポート', ko: '문의 보고서' },
  from: { zh: '开始日期', en: 'From', ja: '開始日', ko: '시작일' },
  to: { zh: '结束日期', en: 'To', ja: '終了日', ko: '종료일' },
  show: { zh: '查询', en: 'Show', ja: '表示', ko: '조회' },
  period: {
    zh: '按周统计，每周从周一开始（北京时间）。',
    en: 'Counted in weeks from Monday to Sunday, Beijing time.',
    ja: '月曜日から日曜日までの週単位（北京時間）で集計しています。',
    ko: '월요일부터 일요일까지 주 단위(베이징 시간)로 집계합니다.',
  },
  download: { zh: '导出 CSV', en: 'Download as CSV', ja: 'CSVでダウンロード', ko: 'CSV로 내려받기' },
  byType: { zh: '每周咨询量（按类型）', en: 'Enquiries per week by type', ja: '週ごとのお問い合わせ件数（種類別）', ko: '주별 문의 건수(유형별)' },
  byCountry: { zh: '每周咨询量（按国家/地区）', en: 'Enquiries per week by country', ja: '週ごとのお問い合わせ件数（国・地域別）', ko: '주별 문의 건수(국가·지역별)' },
  byStatus: { zh: '每周咨询量（按当前状态）', en: 'Enquiries per week by current status', ja: '週ごとのお問い合わせ件数（現在のステータス別）', ko: '주별 문의 건수(현재 상태별)' },
  spamLeftOut: { zh: '按收到咨询的周统计，不含垃圾信息。', en: 'Each enquiry counts in the week it arrived; spam is left out.', ja: '受付週ごとに集計しています。スパムは含みません。', ko: '접수된 주에 집계하며 스팸은 제외했습니다.' },
  spamIncluded: { zh: '按收到咨询的周统计，含垃圾信息。', en: 'Each enquiry counts in the week it arrived; spam included.', ja: '受付週ごとに集計しています。スパムを含みます。', ko: '접수된 주에 집계하며 스팸도 포함합니다.' },
  onTime: { zh: '按期答复率', en: 'Answered on time', ja: '期限内の回答率', ko: '기한 내 답변율' },
  onTimeNote: {
    zh: '答复期限在所选期间内且已届满的咨询中，在期限前首次响应的比例（不含垃圾信息）。',
    en: 'Of the enquiries whose reply deadline fell in the period and has passed, the share first answered by the deadline (spam left out).',
    ja: '期間内に回答期限を迎えたお問い合わせのうち、期限までに初回対応できた割合です（スパムを除く）。',
    ko: '기간 중 답변 기한이 지난 문의 가운데 기한 안에 첫 응답한 비율입니다(스팸 제외).',
  },
  noneDue: { zh: '所选期间内没有到期的咨询', en: 'No reply fell due in the period', ja: '期間内に回答期限を迎えたお問い合わせはありません', ko: '기간 중 답변 기한이 된 문의가 없습니다' },
  answeredOnTime: { zh: '按期答复', en: 'Answered by the deadline', ja: '期限内に回答', ko: '기한 내 답변' },
  fellDue: { zh: '已到期', en: 'Fell due', ja: '期限到来', ko: '기한 도래' },
  median: { zh: '首次响应时间中位数', en: 'Median first response', ja: '初回対応までの時間（中央値）', ko: '첫 응답까지 걸린 시간(중앙값)' },
  medianNote: {
    zh: '所选期间内首次响应的咨询，从收到到首次响应所用的时间（不含垃圾信息）。',
    en: 'From arrival to first response, for the enquiries first answered in the period (spam left out).',
    ja: '期間内に初回対応したお問い合わせの、受付から初回対応までの時間です（スパムを除く）。',
    ko: '기간 중 첫 응답한 문의의 접수부터 첫 응답까지 걸린 시간입니다(스팸 제외).',
  },
  noResponses: { zh: '所选期间内尚无', en: 'None in the period', ja: '期間内はまだありません', ko: '기간 중 없음' },
  medianHours: { zh: '中位数（小时）', en: 'Median (hours)', ja: '中央値（時間）', ko: '중앙값(시간)' },
  enquiries: { zh: '咨询数', en: 'Enquiries', ja: '件数', ko: '건수' },
  openByOfficer: { zh: '各负责人名下未结咨询', en: 'Open enquiries by officer', ja: '担当者別の未完了のお問い合わせ', ko: '담당자별 미종결 문의' },
  openNote: { zh: '当前数量，不受所选期间影响。未结指：', en: 'As of now, whatever the period. Open means:', ja: '現在の件数で、期間には関係しません。未完了とは次のステータスです：', ko: '현재 건수이며 기간과 무관합니다. 미종결 상태:' },
  unassigned: { zh: '未指定负责人', en: 'Unassigned', ja: '担当者未定', ko: '담당자 미지정' },
  satisfaction: { zh: '结案回访评价', en: 'Answers to the follow-up', ja: 'フォローアップへの評価', ko: '후속 안내에 대한 평가' },
  satisfactionNote: { zh: '所选期间内发出的回访邮件及投资者的评价。', en: 'Follow-up e-mails sent in the period and what the investors answered.', ja: '期間内に送信したフォローアップのメールと、投資家の評価です。', ko: '기간 중 보낸 후속 안내 메일과 투자자의 평가입니다.' },
  noAnswer: { zh: '未作答', en: 'No answer', ja: '回答なし', ko: '응답 없음' },
  noCountry: { zh: '未填写', en: 'Not given', ja: '未記入', ko: '미기재' },
  otherCountries: { zh: '其他', en: 'Other', ja: 'その他', ko: '기타' },
  weekOf: { zh: '周（起始日）', en: 'Week of', ja: '週（開始日）', ko: '주(시작일)' },
  total: { zh: '合计', en: 'Total', ja: '合計', ko: '합계' },
  showNumbers: { zh: '查看数据', en: 'Show the numbers', ja: '数値を表示', ko: '수치 보기' },
  officer: { zh: '负责人', en: 'Officer', ja: '担当者', ko: '담당자' },
  languages: { zh: '语言', en: 'Languages', ja: '対応言語', ko: '응대 언어' },
  open: { zh: '未结', en: 'Open', ja: '未完了', ko: '미종결' },
  measure: { zh: '指标', en: 'Measure', ja: '項目', ko: '항목' },
  category: { zh: '类别', en: 'Category', ja: '区分', ko: '구분' },
  value: { zh: '数值', en: 'Value', ja: '値', ko: '값' },
} satisfies Record<string, AdminLabel>

export type ReportTextKey = keyof typeof REPORT_TEXT

export const reportText = (key: ReportTextKey, language: string) => inLanguage(REPORT_TEXT[key], language)

const labelLocale = (language: string) => (isLocale(language) ? language : 'en')

const isCountryCode = (value: string): value is CountryCode => (COUNTRY_CODES as readonly string[]).includes(value)

/** A country code named in the reader's language, as the enquiries list names it. */
export function countryLabel(code: string, language: string): string {
  if (!code) return reportText('noCountry', language)
  return isCountryCode(code) ? countryName(code, language) : code
}

export const typeLabel = (type: keyof typeof ENQUIRY_TYPE_LABELS, language: string) => ENQUIRY_TYPE_LABELS[type][labelLocale(language)]
export const statusLabel = (status: keyof typeof ENQUIRY_STATUS_LABELS, language: string) => ENQUIRY_STATUS_LABELS[status][labelLocale(language)]
export const satisfactionLabel = (answer: (typeof SATISFACTION_ANSWERS)[number] | 'none', language: string) =>
  answer === 'none' ? reportText('noAnswer', language) : SATISFACTION_LABELS[answer][labelLocale(language)]

/** Between the items of a short list: the ideographic comma in Chinese and Japanese, a comma elsewhere. */
export const listSeparator = (language: string) => (language === 'zh' || language === 'ja' ? '、' : ', ')

export const officerLabel = (officer: Pick<Officer, 'name' | 'email'>) => officer.name?.trim() || officer.email

const HOUR_MS = 60 * 60 * 1000

/**
 * The report's numbers as CSV rows, one number per row (measure, category, week, value), labelled in the
 * reader's language: what a spreadsheet pivots best. Weekly rows carry the week's Monday.
 */
export function reportCsvRows(report: EnquiryReport, language: string): unknown[][] {
  const t = (key: ReportTextKey) => reportText(key, language)
  const rows: unknown[][] = [[t('measure'), t('category'), t('weekOf'), t('value')]]
  const weekly = (measure: string, series: { label: string; counts: number[] }[]) => {
    for (const { label, counts } of series) counts.forEach((count, index) => rows.push([measure, label, report.period.weeks[index], count]))
  }
  weekly(t('byType'), report.byType.map(({ key, counts }) => ({ label: typeLabel(key, language), counts })))
  weekly(t('byCountry'), report.byCountry.map(({ key, counts }) => ({ label: countryLabel(key, language), counts })))
  weekly(t('byStatus'), report.byStatus.map(({ key, counts }) => ({ label: statusLabel(key, language), counts })))
  rows.push([t('onTime'), t('answeredOnTime'), '', report.onTime.answered], [t('onTime'), t('fellDue'), '', report.onTime.due])
  const { medianMs, count } = report.firstResponse
  rows.push([t('median'), t('medianHours'), '', medianMs === null ? '' : Math.round((medianMs / HOUR_MS) * 10) / 10], [t('median'), t('enquiries'), '', count])
  for (const officer of report.openByOfficer) rows.push([t('openByOfficer'), officerLabel(officer), '', officer.open])
  rows.push([t('openByOfficer'), t('unassigned'), '', report.openUnassigned])
  for (const answer of [...SATISFACTION_ANSWERS, 'none'] as const) rows.push([t('satisfaction'), satisfactionLabel(answer, language), '', report.satisfaction[answer]])
  return rows
}
