import type { Endpoint } from 'payload'

import { hasRole } from '../../../access/roles'
import { toCsv } from '../../../lib/csv'
import { loadEnquiryReport, reportPeriod } from '../../../lib/enquiries/report'
import { reportCsvRows } from '../../../lib/enquiries/reportText'
import { DEFAULT_LOCALE, isLocale } from '../../../lib/i18n/locales'

/**
 * `GET /api/enquiries/report.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`: the numbers of the officers' report
 * (`/admin/enquiry-report`) for the same period, labelled in the reader's admin language. Officers and
 * admins only; nothing is stored on the server.
 */
export const reportCsv: Endpoint = {
  path: '/report.csv',
  method: 'get',
  handler: async (req) => {
    if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'officer'))) {
      return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
    }
    const language = isLocale(req.i18n?.language) ? req.i18n.language : DEFAULT_LOCALE
    const now = new Date()
    const period = reportPeriod({ from: req.query?.from, to: req.query?.to, now })
    const report = await loadEnquiryReport({ payload: req.payload, period, now })
    const filename = `enquiry-report-${period.weeks[0]}-${period.weeks.at(-1)}.csv`
    return new Response(toCsv(reportCsvRows(report, language)), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
