import { getTranslation } from '@payloadcms/translations'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isStaffUser } from '@/access/roles'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { adminLocale } from '@/lib/i18n/label'
import { LOCALES } from '@/lib/i18n/locales'
import { loadPublishingSchedule, PUBLISHING_SCHEDULE_PATH, type ScheduledChange } from '@/lib/jobs/publishingSchedule'
import { loadJobRunnerHealth, type RunnerState } from '@/lib/jobs/runnerHealth'
import { everySeconds, overdueSummary, scheduleText, type ScheduleTextKey, taskLabel } from '@/lib/jobs/scheduleText'

const STATE_COLOURS: Record<RunnerState, string> = { running: '#15803d', behind: '#a16207', stopped: '#b91c1c' }

const th = { textAlign: 'start', padding: '0.4rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)' } as const
const td = { padding: '0.4rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' } as const

/**
 * `/admin/publishing-schedule`, for staff: what is scheduled to publish or unpublish, day by day (Beijing
 * time), per document and locale; and whether the job runner that carries it out is alive (last and next
 * run, jobs left waiting, failures), so that an editor can trust a scheduled publication.
 */
export async function PublishingScheduleView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  // Payload leaves custom views open to everyone: the signed-out sign in first, other accounts are refused.
  if (!user) redirect(`${formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: PUBLISHING_SCHEDULE_PATH }))}`)
  if (!isStaffUser(user)) redirect(formatAdminURL({ adminRoute, path: payload.config.admin.routes.unauthorized }))
  const language = adminLocale(i18n.language)
  const t = (key: ScheduleTextKey) => scheduleText(key, language)
  const now = new Date()
  const [{ changes, hasMore }, health] = await Promise.all([loadPublishingSchedule({ payload, user, language }), loadJobRunnerHealth({ payload, now })])

  const dayFormat = new Intl.DateTimeFormat(language, { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' })
  const timeFormat = new Intl.DateTimeFormat(language, { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit' })
  const dateTimeFormat = new Intl.DateTimeFormat(language, { timeZone: OFFICE_TIME_ZONE, dateStyle: 'medium', timeStyle: 'medium' })
  const languageNames = new Map<string, string>(LOCALES.map(({ code, label }) => [code, label]))
  const days = new Map<string, ScheduledChange[]>()
  for (const change of changes) {
    const day = dayFormat.format(new Date(change.at))
    days.set(day, [...(days.get(day) ?? []), change])
  }
  const documentUrl = (collection: string, id: string) => formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })
  const collectionLabel = (collection: ScheduledChange['collection']) => getTranslation(payload.collections[collection].config.labels.singular, i18n)

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 'calc(var(--base) * 2)' }}>{t('title')}</h1>

        <section data-testid="job-runner-health" data-state={health.state} style={{ margin: 'calc(var(--base) * 1.5) 0' }}>
          <h2 style={{ marginBottom: 4 }}>
            {t('health')}{' '}
            <span style={{ fontSize: '0.8rem', verticalAlign: 'middle', borderRadius: 2, padding: '2px 8px', color: '#fff', background: STATE_COLOURS[health.state] }}>{t(health.state)}</span>
          </h2>
          <p style={{ color: 'var(--theme-elevation-600)' }}>{t('healthNote')}</p>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1.5rem', margin: 0 }}>
            <dt>{t('lastRun')}</dt>
            <dd style={{ margin: 0 }} data-testid="job-runner-last-run">
              {health.lastRun ? dateTimeFormat.format(health.lastRun) : t('never')}
            </dd>
            <dt>{t('nextRun')}</dt>
            <dd style={{ margin: 0 }} data-testid="job-runner-next-run">
              {health.nextRun ? dateTimeFormat.format(health.nextRun) : '—'}
              {health.intervalMs ? everySeconds(Math.round(health.intervalMs / 1000), language) : ''}
            </dd>
            <dt>{t('overdue')}</dt>
            <dd style={{ margin: 0 }} data-testid="job-runner-overdue">
              {health.overdue.count === 0 || !health.overdue.dueSince ? '0' : overdueSummary(health.overdue.count, dateTimeFormat.format(health.overdue.dueSince), language)}
            </dd>
          </dl>
          <h3 style={{ marginTop: 'var(--base)' }}>{t('failures')}</h3>
          {health.failures.length === 0 ? (
            <p>{t('noFailures')}</p>
          ) : (
            <table data-testid="job-runner-failures" style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={th}>{t('task')}</th>
                  <th style={th}>{t('failedAt')}</th>
                  <th style={th}>{t('error')}</th>
                  <th style={th}>{t('outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {health.failures.map((failure) => (
                  <tr key={failure.jobId}>
                    <td style={td}>{taskLabel(failure.task, language)}</td>
                    <td style={td}>{failure.at ? dateTimeFormat.format(new Date(failure.at)) : '—'}</td>
                    <td style={{ ...td, wordBreak: 'break-word' }}>{failure.error ?? '—'}</td>
                    <td style={td}>{t(failure.willRetry ? 'willRetry' : 'gaveUp')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section data-testid="publishing-schedule" style={{ margin: 'calc(var(--base) * 2) 0' }}>
          <h2 style={{ marginBottom: 4 }}>{t('upcoming')}</h2>
          <p style={{ color: 'var(--theme-elevation-600)' }}>{t('upcomingNote')}</p>
          {changes.length === 0 && <p>{t('nothingScheduled')}</p>}
          {[...days].map(([day, dayChanges]) => (
            <div key={day} style={{ marginTop: 'var(--base)' }}>
              <h3 style={{ marginBottom: 4 }}>{day}</h3>
              <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                <thead>
                  <tr>
                    <th style={{ ...th, width: '6rem' }}>{t('time')}</th>
                    <th style={{ ...th, width: '9rem' }}>{t('action')}</th>
                    <th style={{ ...th, width: '9rem' }}>{t('language')}</th>
                    <th style={{ ...th, width: '10rem' }}>{t('section')}</th>
                    <th style={th}>{t('document')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dayChanges.map((change) => {
                    const isOverdue = !change.error && new Date(change.at).getTime() < now.getTime()
                    return (
                      <tr key={change.jobId} data-testid="scheduled-change" data-action={change.action} data-locale={change.locale ?? 'all'}>
                        <td style={td}>{timeFormat.format(new Date(change.at))}</td>
                        <td style={td}>
                          {t(change.action)}
                          {change.error && <div style={{ color: STATE_COLOURS.stopped }}>{`${t('failedRow')}: ${change.error}`}</div>}
                          {isOverdue && <div style={{ color: STATE_COLOURS.behind }}>{t('overdueRow')}</div>}
                        </td>
                        <td style={td}>{change.locale ? languageNames.get(change.locale) : t('allLanguages')}</td>
                        <td style={td}>{collectionLabel(change.collection)}</td>
                        <td style={td}>
                          <a href={documentUrl(change.collection, change.documentId)}>{change.title ?? `#${change.documentId} ${t('deletedDocument')}`}</a>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          ))}
          {hasMore && <p>{t('moreScheduled')}</p>}
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
