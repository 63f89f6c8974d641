/** The bureau works on Qingdao time, which has no daylight saving: a day is always 24 hours there. */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai'
const OFFICE_UTC_OFFSET = '+08:00'

const DAY_MS = 24 * 60 * 60 * 1000

const weekdayInOffice = new Intl.DateTimeFormat('en-US', { timeZone: OFFICE_TIME_ZONE, weekday: 'short' })

export function isWeekendInOffice(date: Date): boolean {
  const weekday = weekdayInOffice.format(date)
  return weekday === 'Sat' || weekday === 'Sun'
}

/**
 * The same time of day, `businessDays` working days (Monday to Friday in Qingdao) later: an enquiry sent
 * on Friday afternoon with two days to answer is due on Tuesday afternoon, one sent on Saturday too.
 * Public holidays are not known here; officers move the due date by hand around them.
 */
export function addBusinessDays({ from, businessDays }: { from: Date; businessDays: number }): Date {
  let date = from
  let remaining = businessDays
  while (remaining > 0) {
    date = new Date(date.getTime() + DAY_MS)
    if (!isWeekendInOffice(date)) remaining -= 1
  }
  return date
}

/** Midnight at the start of the office's current month, as an instant. */
export function startOfOfficeMonth(now: Date): Date {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number)
  return new Date(`${year}-${String(month).padStart(2, '0')}-01T00:00:00${OFFICE_UTC_OFFSET}`)
}
