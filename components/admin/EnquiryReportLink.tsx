import { NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { hasRole } from '@/access/roles'
import { ENQUIRY_REPORT_PATH } from '@/lib/enquiries/report'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import { reportText } from '@/lib/enquiries/reportText'

const REPORTS = { zh: '统计报表', en: 'Reports', ja: 'レポート', ko: '보고서' } satisfies AdminLabel

/** The enquiry report in the admin's nav, for officers and admins (the only ones it opens for). */
export function EnquiryReportLink({ payload, i18n, user }: ServerProps) {
  if (!(hasRole(user, 'admin') || hasRole(user, 'officer'))) return null
  return (
    <NavGroup label={inLanguage(REPORTS, i18n.language)}>
      <a className="nav__link" id="nav-enquiry-report" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: ENQUIRY_REPORT_PATH })}>
        <span className="nav__link-label">{reportText('title', i18n.language)}</span>
      </a>
    </NavGroup>
  )
}
