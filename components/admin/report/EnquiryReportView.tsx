import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/access/roles'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { OPEN_STATUSES, SATISFACTION_ANSWERS } from '@/lib/constants/options'
import { formatDuration } from '@/lib/dates/formatDuration'
import { ENQUIRY_REPORT_PATH, lastDayOf, loadEnquiryReport, reportPeriod } from '@/lib/enquiries/report'
import { countryLabel, listSeparator, officerLabel, reportText, type ReportTextKey, satisfactionLabel, statusLabel, typeLabel } from '@/lib/enquiries/reportText'
import { BarList } from './BarList'
import { type Series, WeeklyChart } from './WeeklyChart'

/** The chart names this many countries, the rest together as "other"; the table beneath and the CSV name them all. */
const NAMED_COUNTRIES = 7

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/enquiry-report`, for officers and admins: the weekly enquiries by type, country and status, how
 * fast and how punctually we answer, who holds the open ones and what investors said to the follow-up,
 * over a period of whole weeks (by default the last 12). Everyone else gets the admin's unauthorized page.
 */
export async function EnquiryReportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  // Payload leaves custom views open to everyone: the signed-out sign in first, other accounts are refused.
  if (!user) redirect(`${formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: ENQUIRY_REPORT_PATH }))}`)
  if (!(hasRole(user, 'admin') || hasRole(user, 'officer'))) redirect(formatAdminURL({ adminRoute, path: payload.config.admin.routes.unauthorized }))
  const language = i18n.language
  const t = (key: ReportTextKey) => reportText(key, language)
  const now = new Date()
  const period = reportPeriod({ from: first(searchParams?.from), to: first(searchParams?.to), now })
  const report = await loadEnquiryReport({ payload, period, now })
  const weekFormat = new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' })
  const weeks = period.weeks.map((week) => weekFormat.format(new Date(`${week}T00:00:00Z`)))
  const chartText = { weeks, weekHeading: t('weekOf'), totalHeading: t('total'), showNumbers: t('showNumbers') }
  const query = `from=${period.weeks[0]}&to=${lastDayOf(period)}`

  const countries: Series[] = report.byCountry.slice(0, NAMED_COUNTRIES).map(({ key, counts }) => ({ label: countryLabel(key, language), counts }))
  const others = report.byCountry.slice(NAMED_COUNTRIES)
  if (others.length > 0) {
    countries.push({ label: t('otherCountries'), counts: period.weeks.map((_, index) => others.reduce((sum, { counts }) => sum + counts[index], 0)) })
  }
  const languageNames = new Intl.DisplayNames([language], { type: 'language' })
  const { answered, due } = report.onTime
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })

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
        <form method="get" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: 'var(--base)', margin: 'var(--base) 0' }}>
          <label style={{ display: 'grid', gap: 4 }}>
            {t('from')}
            <input type="date" name="from" defaultValue={period.weeks[0]} required />
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            {t('to')}
            <input type="date" name="to" defaultValue={lastDayOf(period)} required />
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
            {t('show')}
          </button>
          <a href={`${payload.config.routes.api}/${COLLECTION_SLUGS.enquiries}/report.csv?${query}`} download data-testid="report-csv">
            {t('download')}
          </a>
        </form>
        <p>{t('period')}</p>

        <section style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) * 2)', margin: 'calc(var(--base) * 1.5) 0' }}>
          <div style={{ flex: '1 1 18rem' }} data-testid="report-on-time">
            <h2 style={{ marginBottom: 4 }}>{t('onTime')}</h2>
            <p style={{ fontSize: '2rem', fontWeight: 600, margin: 0 }}>{due === 0 ? '—' : percent.format(answered / due)}</p>
            <p style={{ margin: 0 }}>{due === 0 ? t('noneDue') : `${answered} / ${due}`}</p>
            <p style={{ color: 'var(--theme-elevation-600)' }}>{t('onTimeNote')}</p>
          </div>
          <div style={{ flex: '1 1 18rem' }} data-testid="report-median">
            <h2 style={{ marginBottom: 4 }}>{t('median')}</h2>
            <p style={{ fontSize: '2rem', fontWeight: 600, margin: 0 }}>
              {report.firstResponse.medianMs === null ? '—' : formatDuration(report.firstResponse.medianMs, language)}
            </p>
            <p style={{ margin: 0 }}>{report.firstResponse.medianMs === null ? t('noResponses') : `n = ${report.firstResponse.count}`}</p>
            <p style={{ color: 'var(--theme-elevation-600)' }}>{t('medianNote')}</p>
          </div>
        </section>

        <WeeklyChart
          testId="report-by-type"
          title={t('byType')}
          note={t('spamLeftOut')}
          series={report.byType.map(({ key, counts }) => ({ label: typeLabel(key, language), counts }))}
          {...chartText}
        />
        <WeeklyChart testId="report-by-country" title={t('byCountry')} note={t('spamLeftOut')} series={countries} {...chartText} />
        <WeeklyChart
          testId="report-by-status"
          title={t('byStatus')}
          note={t('spamIncluded')}
          series={report.byStatus.map(({ key, counts }) => ({ label: statusLabel(key, language), counts }))}
          {...chartText}
        />
        <BarList
          testId="report-open"
          title={t('openByOfficer')}
          note={`${t('openNote')} ${new Intl.ListFormat(language).format(OPEN_STATUSES.map((status) => statusLabel(status, language)))}`}
          rows={[
            ...report.openByOfficer.map((officer) => ({
              label: officerLabel(officer),
              detail: officer.languages.map((code) => languageNames.of(code) ?? code).join(listSeparator(language)) || undefined,
              value: officer.open,
            })),
            { label: t('unassigned'), value: report.openUnassigned },
          ]}
        />
        <BarList
          testId="report-satisfaction"
          title={t('satisfaction')}
          note={t('satisfactionNote')}
          rows={[...SATISFACTION_ANSWERS, 'none' as const].map((answer) => ({ label: satisfactionLabel(answer, language), value: report.satisfaction[answer] }))}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
