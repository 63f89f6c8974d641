import type { Payload, PayloadRequest } from 'payload'

import { GLOBAL_SLUGS } from '../../collections/slugs'
import type { Site } from '../../payload-types'
import type { WorkingCalendar } from './businessDays'

type CalendarRows = Pick<Site, 'publicHolidays' | 'makeUpWorkdays'>

/**
 * A calendar date as staff picked it. The admin's day picker stores noon UTC of the chosen date, and a
 * date written through the API (`2027-10-01`) midnight UTC: either way the UTC date is the one meant.
 */
function calendarDate(value: string): string {
  return new Date(value).toISOString().slice(0, 10)
}

export function workingCalendarFrom(site: CalendarRows): WorkingCalendar {
  const dates = (rows: CalendarRows['publicHolidays']) => new Set((rows ?? []).map(({ date }) => calendarDate(date)))
  return { holidays: dates(site.publicHolidays), makeUpWorkdays: dates(site.makeUpWorkdays) }
}

/** The working calendar of the published site settings: the one every deadline, business hour and reminder follows. */
export async function loadWorkingCalendar(payload: Payload, req?: PayloadRequest): Promise<WorkingCalendar> {
  const site = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, depth: 0, req, select: { publicHolidays: true, makeUpWorkdays: true } })
  return workingCalendarFrom(site)
}
