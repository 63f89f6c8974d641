import type { PayloadJob } from '../../payload-types'
import { type AdminLabel, inLanguage } from '../i18n/label'
import type { Locale } from '../i18n/locales'

/** The publishing schedule's words, in the admin's four languages. */
export const SCHEDULE_TEXT = {
  title: { zh: '发布日程', en: 'Publishing schedule', ja: '公開スケジュール', ko: '게시 일정' },
  navGroup: { zh: '发布', en: 'Publishing', ja: '公開', ko: '게시' },
  upcoming: { zh: '待执行的预约发布与取消发布', en: 'Scheduled to publish or unpublish', ja: '予約済みの公開・非公開', ko: '예약된 게시 및 게시 해제' },
  upcomingNote: {
    zh: '在内容编辑页点击“发布修改”旁的箭头，选择“预约发布”即可安排。时间均为北京时间。',
    en: 'Schedule one from a document’s edit screen: the arrow beside “Publish changes”, then “Schedule Publish”. Times are Beijing time.',
    ja: '文書の編集画面で「変更内容を公開」の横の矢印から「スケジュール公開」を選ぶと予約できます。時刻はすべて北京時間です。',
    ko: '문서 편집 화면에서 ‘변경 사항 게시’ 옆 화살표를 누르고 ‘발행 일정’을 선택하면 예약됩니다. 시간은 모두 베이징 시간입니다.',
  },
  nothingScheduled: { zh: '目前没有待执行的预约。', en: 'Nothing is scheduled.', ja: '予約はありません。', ko: '예약된 항목이 없습니다.' },
  moreScheduled: {
    zh: '仅显示最早的 200 项。',
    en: 'Only the first 200 are shown.',
    ja: '先頭の 200 件のみ表示しています。',
    ko: '먼저 예정된 200건만 표시합니다.',
  },
  time: { zh: '时间', en: 'Time', ja: '時刻', ko: '시간' },
  action: { zh: '操作', en: 'Action', ja: '操作', ko: '작업' },
  language: { zh: '语言', en: 'Language', ja: '言語', ko: '언어' },
  section: { zh: '栏目', en: 'Section', ja: 'セクション', ko: '섹션' },
  document: { zh: '内容', en: 'Document', ja: '文書', ko: '문서' },
  publish: { zh: '发布', en: 'Publish', ja: '公開', ko: '게시' },
  unpublish: { zh: '取消发布', en: 'Unpublish', ja: '非公開にする', ko: '게시 해제' },
  allLanguages: { zh: '全部语言', en: 'All languages', ja: 'すべての言語', ko: '모든 언어' },
  deletedDocument: { zh: '（已删除）', en: '(deleted)', ja: '（削除済み）', ko: '(삭제됨)' },
  overdueRow: { zh: '已逾期', en: 'Overdue', ja: '期限超過', ko: '기한 지남' },
  failedRow: { zh: '执行失败', en: 'Failed', ja: '失敗', ko: '실패' },

  health: { zh: '定时任务运行状态', en: 'Job runner', ja: 'ジョブ実行の状態', ko: '작업 실행 상태' },
  healthNote: {
    zh: '定时发布、邮件发送等后台任务由服务器按固定间隔执行。',
    en: 'Scheduled publishing, e-mail and the other background jobs run on the server at a fixed interval.',
    ja: '予約公開やメール送信などのバックグラウンド処理は、サーバーが一定の間隔で実行しています。',
    ko: '예약 게시, 메일 발송 등 백그라운드 작업은 서버가 일정한 간격으로 실행합니다.',
  },
  running: { zh: '运行正常', en: 'Running', ja: '正常に動作中', ko: '정상 작동 중' },
  behind: { zh: '有任务积压', en: 'Falling behind', ja: '処理が滞っています', ko: '처리 지연' },
  stopped: { zh: '已停止运行', en: 'Not running', ja: '停止しています', ko: '작동 중지됨' },
  lastRun: { zh: '上次运行', en: 'Last run', ja: '前回の実行', ko: '마지막 실행' },
  nextRun: { zh: '下次运行', en: 'Next run', ja: '次回の実行', ko: '다음 실행' },
  never: { zh: '尚无记录', en: 'Not yet', ja: '記録なし', ko: '기록 없음' },
  overdue: { zh: '逾期未执行', en: 'Overdue jobs', ja: '期限を過ぎた未実行のジョブ', ko: '기한이 지난 작업' },
  failures: { zh: '执行失败的任务', en: 'Failed jobs', ja: '失敗したジョブ', ko: '실패한 작업' },
  noFailures: { zh: '没有失败的任务。', en: 'No job has failed.', ja: '失敗したジョブはありません。', ko: '실패한 작업이 없습니다.' },
  task: { zh: '任务', en: 'Job', ja: 'ジョブ', ko: '작업' },
  failedAt: { zh: '失败时间', en: 'Failed at', ja: '失敗日時', ko: '실패 시각' },
  error: { zh: '错误信息', en: 'Error', ja: 'エラー内容', ko: '오류 내용' },
  outcome: { zh: '处理', en: 'Next step', ja: '今後の扱い', ko: '처리' },
  willRetry: { zh: '将自动重试', en: 'Will be retried', ja: '自動で再試行します', ko: '자동으로 다시 시도' },
  gaveUp: { zh: '不再重试', en: 'Given up', ja: '再試行しません', ko: '다시 시도하지 않음' },
} satisfies Record<string, AdminLabel>

export type ScheduleTextKey = keyof typeof SCHEDULE_TEXT

export function scheduleText(key: ScheduleTextKey, language: string | undefined): string {
  return inLanguage(SCHEDULE_TEXT[key], language)
}

/** The runner's interval, as an aside after the next run's time. */
const EVERY: Record<Locale, (seconds: number) => string> = {
  zh: (seconds) => `（每 ${seconds} 秒一次）`,
  en: (seconds) => ` (every ${seconds} seconds)`,
  ja: (seconds) => `（${seconds} 秒ごと）`,
  ko: (seconds) => ` (${seconds}초마다)`,
}

export function everySeconds(seconds: number, language: Locale): string {
  return EVERY[language](seconds)
}

const OVERDUE: Record<Locale, (count: number, since: string) => string> = {
  zh: (count, since) => `${count} 项，最早一项应于 ${since} 执行`,
  en: (count, since) => `${count}, the oldest due at ${since}`,
  ja: (count, since) => `${count} 件（最も古いものは ${since} に実行予定でした）`,
  ko: (count, since) => `${count}건 (가장 오래된 작업의 예정 시각: ${since})`,
}

export function overdueSummary(count: number, since: string, language: Locale): string {
  return OVERDUE[language](count, since)
}

/** Each queued task by what it does for staff (a new task fails the typecheck until it is named here). */
export const TASK_LABELS: Record<NonNullable<PayloadJob['taskSlug']>, AdminLabel> = {
  schedulePublish: { zh: '预约发布', en: 'Scheduled publishing', ja: 'スケジュール公開', ko: '발행 일정' },
  sendOutbox: { zh: '发送邮件', en: 'Sending e-mail', ja: 'メール送信', ko: '메일 발송' },
  storeEnquiryIntake: { zh: '保存暂存的咨询', en: 'Storing enquiries kept while the database was away', ja: '一時保管したお問い合わせの保存', ko: '임시 보관한 문의 저장' },
  sendFollowUps: { zh: '生成回访邮件', en: 'Writing follow-up e-mails', ja: 'フォローアップメールの作成', ko: '후속 메일 작성' },
  sendReminders: { zh: '生成答复提醒', en: 'Writing enquiry reminders', ja: '回答期限リマインダーの作成', ko: '답변 기한 알림 작성' },
  queueAlerts: { zh: '生成新内容提醒', en: 'Writing alerts of a published item', ja: '新着配信メールの作成', ko: '새 소식 알림 작성' },
  sendAlertDigests: { zh: '生成每周汇总提醒', en: 'Writing weekly alert digests', ja: '週1回のまとめ配信の作成', ko: '주간 모음 알림 작성' },
  inline: { zh: '其他任务', en: 'Other job', ja: 'その他のジョブ', ko: '기타 작업' },
}

export function taskLabel(task: string, language: string | undefined): string {
  return task in TASK_LABELS ? inLanguage(TASK_LABELS[task as keyof typeof TASK_LABELS], language) : task
}
