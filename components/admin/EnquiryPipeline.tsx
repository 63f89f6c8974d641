import type { ServerProps } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { ENQUIRY_STATUSES } from '@/lib/constants/options'
import { ENQUIRY_STATUS_LABELS } from '@/lib/constants/optionLabels'
import { loadPipelineSummary } from '@/lib/enquiries/pipelineSummary'
import { overdueListUrl } from '@/lib/enquiries/overdue'
import { inLanguage, label } from '@/lib/i18n/label'
import { isLocale } from '@/lib/i18n/locales'

const HEADING = label('咨询处理', 'Enquiry pipeline', 'お問い合わせ対応状況', '문의 처리 현황')
const OVERDUE = label('逾期未答复', 'Overdue', '期限超過', '기한 초과')
const MEDIAN = label('本月首次响应时间中位数', 'Median first response this month', '今月の初回対応時間（中央値）', '이번 달 첫 응답 시간 중앙값')
const NO_RESPONSES = label('本月尚无', 'none yet this month', '今月はまだありません', '이번 달 아직 없음')

const HOUR_MS = 60 * 60 * 1000

function formatDuration(ms: number, language: string): string {
  const hours = ms / HOUR_MS
  const [value, unit] = hours >= 48 ? [hours / 24, 'day'] : [hours, 'hour']
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value)
}

const cell = { padding: '0.25rem 1rem', textAlign: 'center' } as const

/** On the admin dashboard, for officers and admins: enquiries by status, the overdue ones, and how fast we answer. */
export async function EnquiryPipeline({ payload, i18n, user }: ServerProps) {
  if (!isStaffUser(user) || !(hasRole(user, 'admin') || hasRole(user, 'officer'))) return null
  const language = i18n.language
  const now = new Date()
  const summary = await loadPipelineSummary({ payload, user, now })
  const statusLocale = isLocale(language) ? language : 'en'
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} data-testid="enquiry-pipeline">
      <h2>{inLanguage(HEADING, language)}</h2>
      <table style={{ borderCollapse: 'collapse', margin: 'var(--base) 0' }}>
        <thead>
          <tr>
            {ENQUIRY_STATUSES.map((status) => (
              <th key={status} scope="col" style={cell}>
                {ENQUIRY_STATUS_LABELS[status][statusLocale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {ENQUIRY_STATUSES.map((status) => (
              <td key={status} style={cell}>
                <a href={`/admin/collections/${COLLECTION_SLUGS.enquiries}?where[status][equals]=${status}`}>{summary.countsByStatus[status]}</a>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p>
        {inLanguage(OVERDUE, language)}:{' '}
        <a
          href={overdueListUrl(now)}
          data-testid="overdue-count"
          style={summary.overdue > 0 ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined}
        >
          {summary.overdue}
        </a>
      </p>
      <p>
        {inLanguage(MEDIAN, language)}:{' '}
        {summary.medianFirstResponseMs === null
          ? inLanguage(NO_RESPONSES, language)
          : `${formatDuration(summary.medianFirstResponseMs, language)} (n = ${summary.respondedThisMonth})`}
      </p>
    </section>
  )
}
