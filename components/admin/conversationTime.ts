import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'

/** When a message of an enquiry's thread was written, on the bureau's clock, in the admin's language. */
export function formatThreadTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: OFFICE_TIME_ZONE }).format(new Date(iso))
}
