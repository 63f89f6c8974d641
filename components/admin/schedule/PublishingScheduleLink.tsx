import { NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { isStaffUser } from '@/access/roles'
import { PUBLISHING_SCHEDULE_PATH } from '@/lib/jobs/publishingSchedule'
import { scheduleText } from '@/lib/jobs/scheduleText'

/** The publishing schedule in the admin's nav, for every staff member. */
export function PublishingScheduleLink({ payload, i18n, user }: ServerProps) {
  if (!isStaffUser(user)) return null
  return (
    <NavGroup label={scheduleText('navGroup', i18n.language)}>
      <a className="nav__link" id="nav-publishing-schedule" href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: PUBLISHING_SCHEDULE_PATH })}>
        <span className="nav__link-label">{scheduleText('title', i18n.language)}</span>
      </a>
    </NavGroup>
  )
}
