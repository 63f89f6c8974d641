import type { ServerProps } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { ENQUIRY_STATUSES, SATISFACTION_ANSWERS } from '@/lib/constants/options'
import { ENQUIRY_STATUS_LABELS, SATISFACTION_LABELS } from '@/lib/constants/optionLabels'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { formatDuration } from '@/lib/dates/formatDuration'
import { summarizeWaitingIntake, unstoredRetentionMs } from '@/lib/enquiries/intake'
import { overdueSpoolEntries } from '@/lib/enquiries/spool'
import { loadPipelineSummary } from '@/lib/enquiries/pipelineSummary'
import { overdueListUrl } from '@/lib/enquiries/overdue'
import { ENQUIRY_REPORT_PATH } from '@/lib/enquiries/report'
import { reportText } from '@/lib/enquiries/reportText'
import { IntakeRetryButton } from './IntakeRetryButton'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import { isLocale } from '@/lib/i18n/locales'

const HEADING = { zh: '咨询处理', en: 'Enquiry pipeline', ja: 'お問い合わせ対応状況', ko: '문의 처리 현황' } satisfies AdminLabel
const OVERDUE = { zh: '逾期未答复', en: 'Overdue', ja: '期限超過', ko: '기한 초과' } satisfies AdminLabel
const MEDIAN = { zh: '本月首次响应时间中位数', en: 'Median first response this month', ja: '今月の初回対応時間（中央値）', ko: '이번 달 첫 응답 시간 중앙값' } satisfies AdminLabel
const NO_RESPONSES = { zh: '本月尚无', en: 'none yet this month', ja: '今月はまだありません', ko: '이번 달 아직 없음' } satisfies AdminLabel
const FOLLOW_UP = { zh: '结案回访评价', en: "Investors' answers to the follow-up", ja: 'フォローアップへの投資家の評価', ko: '후속 안내에 대한 투자자 평가' } satisfies AdminLabel
const WAITING = { zh: '已受理、待入库的咨询', en: 'Accepted, not yet in the list', ja: '受付済み・一覧への登録待ち', ko: '접수 완료, 목록 등록 대기' } satisfies AdminLabel
const OLDEST = { zh: '最早受理于', en: 'oldest accepted', ja: '最も古い受付', ko: '가장 오래된 접수' } satisfies AdminLabel
const FAILED = {
  zh: '以下咨询已受理（提交者已收到编号），但未能入库。可重新入库，或直接联系提交者；问题持续时请告知系统管理员：',
  en: 'These enquiries were accepted (the senders have their references) but could not be stored. Store them again, or contact the sender directly; if it keeps failing, tell the system administrator:',
  ja: '以下のお問い合わせは受け付け済み（送信者には受付番号が届いています）ですが、登録できていません。登録し直すか、送信者に直接ご連絡ください。解決しない場合はシステム管理者にお知らせください。',
  ko: '다음 문의는 접수되었지만(제출자는 접수 번호를 받았습니다) 저장되지 않았습니다. 다시 저장하거나 제출자에게 직접 연락해 주세요. 계속 실패하면 시스템 관리자에게 알려 주세요.',
} satisfies AdminLabel
const SPOOLED = {
  zh: '以下内容在数据库不可用期间已受理并暂存，超过 {days} 天仍未入库。请直接联系提交者，或手动新建咨询；并请告知系统管理员：',
  en: 'These were accepted while the database was away and have waited more than {days} days without being stored. Contact the sender directly or create the enquiry by hand, and tell the system administrator:',
  ja: '以下はデータベースの停止中に受け付けて一時保管したもので、{days}日を過ぎても登録されていません。送信者に直接ご連絡いただくか、手動でお問い合わせを作成し、システム管理者にもお知らせください。',
  ko: '다음은 데이터베이스가 중단된 동안 접수되어 임시 보관된 것으로, {days}일이 지나도록 저장되지 않았습니다. 제출자에게 직접 연락하거나 문의를 직접 만들고, 시스템 관리자에게도 알려 주세요.',
} satisfies AdminLabel
const SPOOLED_REPLY = { zh: '对该咨询的回复', en: 'a reply to this enquiry', ja: 'このお問い合わせへの返信', ko: '이 문의에 대한 답장' } satisfies AdminLabel
const CREATE_BY_HAND = { zh: '手动新建咨询', en: 'Create the enquiry by hand', ja: '手動でお問い合わせを作成', ko: '문의 직접 만들기' } satisfies AdminLabel

const cell = { padding: '0.25rem 1rem', textAlign: 'center' } as const

/**
 * On the admin dashboard, for officers and admins: enquiries by status, the overdue ones, how fast we
 * answer, and any accepted submission that is not an enquiry yet (normally none for more than a moment).
 */
export async function EnquiryPipeline({ payload, i18n, user }: ServerProps) {
  if (!isStaffUser(user) || !(hasRole(user, 'admin') || hasRole(user, 'officer'))) return null
  const language = i18n.language
  const now = new Date()
  const [summary, intake, spooled] = await Promise.all([
    loadPipelineSummary({ payload, user, now }),
    summarizeWaitingIntake(payload),
    overdueSpoolEntries({ now }).catch(() => []),
  ])
  const retentionDays = String(Math.round(unstoredRetentionMs() / (24 * 60 * 60_000)))
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone: OFFICE_TIME_ZONE })
  const statusLocale = isLocale(language) ? language : 'en'
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} data-testid="enquiry-pipeline">
      <h2>{inLanguage(HEADING, language)}</h2>
      <p>
        <a href={`${payload.config.routes.admin}${ENQUIRY_REPORT_PATH}`} data-testid="enquiry-report-link">
          {reportText('title', language)}
        </a>
      </p>
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
      <p data-testid="follow-up-answers">
        {inLanguage(FOLLOW_UP, language)}:{' '}
        {SATISFACTION_ANSWERS.map((answer, index) => (
          <span key={answer}>
            {index > 0 ? ' · ' : null}
            <a href={`/admin/collections/${COLLECTION_SLUGS.enquiries}?where[satisfaction][equals]=${answer}`}>
              {SATISFACTION_LABELS[answer][statusLocale]} {summary.satisfaction[answer]}
            </a>
          </span>
        ))}
      </p>
      {intake.waiting > 0 ? (
        <p data-testid="intake-waiting">
          {inLanguage(WAITING, language)}: {intake.waiting}
          {intake.oldestReceivedAt
            ? ` (${inLanguage(OLDEST, language)} ${new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone: OFFICE_TIME_ZONE }).format(new Date(intake.oldestReceivedAt))})`
            : null}
        </p>
      ) : null}
      {intake.failed.length > 0 ? (
        <div data-testid="intake-failed" style={{ color: 'var(--theme-error-500)' }}>
          <p>{inLanguage(FAILED, language)}</p>
          <ul>
            {intake.failed.map((row) => (
              <li key={row.reference} data-testid="intake-failed-row">
                <strong>{row.reference}</strong> ({row.attempts}×): {row.lastError}
                <br />
                {[row.name, row.email ? <a key="email" href={`mailto:${row.email}`}>{row.email}</a> : null, row.country, row.locale]
                  .filter(Boolean)
                  .map((part, index) => (
                    <span key={index}>
                      {index > 0 ? ' · ' : null}
                      {part}
                    </span>
                  ))}
                <IntakeRetryButton id={row.id} language={language} />
              </li>
            ))}
          </ul>
          {hasRole(user, 'admin') ? <a href={`/admin/collections/${COLLECTION_SLUGS.enquiries}/create`}>{inLanguage(CREATE_BY_HAND, language)}</a> : null}
        </div>
      ) : null}
      {spooled.length > 0 ? (
        <div data-testid="spool-overdue" style={{ color: 'var(--theme-error-500)' }}>
          <p>{inLanguage(SPOOLED, language).replace('{days}', retentionDays)}</p>
          <ul>
            {spooled.map((entry, index) => (
              <li key={`${entry.reference}-${index}`} data-testid="spool-overdue-row">
                <strong>{entry.reference}</strong> ({dateTime.format(new Date(entry.receivedAt))})
                {entry.kind === 'reply' ? `: ${inLanguage(SPOOLED_REPLY, language)}` : null}
                <br />
                {[entry.name, entry.email ? <a key="email" href={`mailto:${entry.email}`}>{entry.email}</a> : null, entry.country, entry.locale]
                  .filter(Boolean)
                  .map((part, partIndex) => (
                    <span key={partIndex}>
                      {partIndex > 0 ? ' · ' : null}
                      {part}
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
