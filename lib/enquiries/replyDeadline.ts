import type { PayloadRequest } from 'payload'

import { GLOBAL_SLUGS } from '../../collections/slugs'
import { replyDueAt } from '../dates/businessDays'
import { workingCalendarFrom } from '../dates/workingCalendar'

/** What the portal promises when the site settings say nothing else. */
export const DEFAULT_REPLY_BUSINESS_DAYS = 2

/** The business days within which the bureau promises a reply, from the published site settings. */
export async function replyBusinessDays(req: PayloadRequest): Promise<number> {
  const site = await req.payload.findGlobal({ slug: GLOBAL_SLUGS.site, depth: 0, req, select: { enquiryResponseBusinessDays: true } })
  return site.enquiryResponseBusinessDays ?? DEFAULT_REPLY_BUSINESS_DAYS
}

/** When an enquiry arriving at `from` is due: the close of office on the last promised business day, on the site's working calendar. */
export async function replyDeadline(req: PayloadRequest, from: Date): Promise<Date> {
  const site = await req.payload.findGlobal({
    slug: GLOBAL_SLUGS.site,
    depth: 0,
    req,
    select: { enquiryResponseBusinessDays: true, publicHolidays: true, makeUpWorkdays: true },
  })
  const businessDays = site.enquiryResponseBusinessDays ?? DEFAULT_REPLY_BUSINESS_DAYS
  return replyDueAt({ from, businessDays, calendar: workingCalendarFrom(site) })
}
