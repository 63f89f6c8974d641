import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'

/** When a message of an enquiry's thread was written, on the bureau's clock (and saying so), in the admin's language. */
export function formatThreadTime(iso: string, language: string): string {
  const format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: OFFICE_TIME_ZONE, timeZoneName: 'short' })
  return format.format(new Date(iso))
}
