/** The bureau works on Qingdao time, which has no daylight saving: a day is always 24 hours there. */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai'
const OFFICE_UTC_OFFSET = '+08:00'
const OFFICE_OFFSET_MS = 8 * 60 * 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000

/**
 * Office hours on a working day, in minutes after midnight office time: 09:00 to 17:30, the hours of a
 * Chinese government office (the lunch break is not taken out). Business hours are counted inside them,
 * and reminders are only sent inside them.
 */
export const OFFICE_OPENS_MINUTES = 9 * 60
export const OFFICE_CLOSES_MINUTES = 17 * 60 + 30

/**
 * The year's exceptions to "Monday to Friday", as the State Council publishes them and staff enter them in
 * the site settings: public holidays (off even on a weekday) and make-up working days (调休: a Saturday or
 * Sunday that is worked). Dates are office calendar dates, `YYYY-MM-DD`. A date in both lists is a holiday.
 */
export type WorkingCalendar = { holidays: ReadonlySet<string>; makeUpWorkdays: ReadonlySet<string> }

/** Monday to Friday and nothing else: the calendar while staff have listed no holidays. */
export const WEEKDAYS_ONLY: WorkingCalendar = { holidays: new Set(), makeUpWorkdays: new Set() }

/** The office calendar date of an instant, `YYYY-MM-DD`. */
export function officeDate(date: Date): string {
  return new Date(date.getTime() + OFFICE_OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant at `minutes` after midnight, office time, of an office calendar date. */
function atOfficeMinutes(day: string, minutes: number): Date {
  return new Date(new Date(`${day}T00:00:00${OFFICE_UTC_OFFSET}`).getTime() + minutes * MINUTE_MS)
}

export function isWeekendInOffice(date: Date): boolean {
  const weekday = new Date(date.getTime() + OFFICE_OFFSET_MS).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** Whether the office works on the day of this instant: a weekday that is no holiday, or a make-up day. */
export function isWorkingDay(date: Date, calendar: WorkingCalendar): boolean {
  const day = officeDate(date)
  if (calendar.holidays.has(day)) return false
  return calendar.makeUpWorkdays.has(day) || !isWeekendInOffice(date)
}

/** Whether the office is open at this instant: a working day, within office hours. */
export function isWorkingTime(date: Date, calendar: WorkingCalendar): boolean {
  const day = officeDate(date)
  return isWorkingDay(date, calendar) && date >= atOfficeMinutes(day, OFFICE_OPENS_MINUTES) && date < atOfficeMinutes(day, OFFICE_CLOSES_MINUTES)
}

/** A calendar's exceptions never span more than a few weeks; a year of days without a working one is a broken calendar. */
const MAX_DAYS_SEARCHED = 366

/**
 * The same time of day, `businessDays` working days later: an enquiry sent on Friday afternoon with two
 * days to answer is due on Tuesday afternoon, one sent on Saturday too; holidays are skipped and make-up
 * days count.
 */
export function addBusinessDays({ from, businessDays, calendar }: { from: Date; businessDays: number; calendar: WorkingCalendar }): Date {
  let date = from
  let remaining = businessDays
  for (let days = 0; remaining > 0 && days < MAX_DAYS_SEARCHED * 2; days += 1) {
    date = new Date(date.getTime() + DAY_MS)
    if (isWorkingDay(date, calendar)) remaining -= 1
  }
  return date
}

/**
 * When a reply promised within `businessDays` is due: the close of office hours on the last of those
 * working days, counted from the day after arrival. Friday afternoon with two days to answer is due on
 * Tuesday at 17:30, Saturday too, and so is Sunday night; never at an hour when nobody is in the office.
 */
export function replyDueAt({ from, businessDays, calendar }: { from: Date; businessDays: number; calendar: WorkingCalendar }): Date {
  return atOfficeMinutes(officeDate(addBusinessDays({ from, businessDays, calendar })), OFFICE_CLOSES_MINUTES)
}

/**
 * The instant at which `hours` of office hours have passed since `from`: an enquiry arriving on Friday at
 * 16:00 has had four business hours on Monday at 11:30. Time outside office hours does not count.
 */
export function addBusinessHours({ from, hours, calendar }: { from: Date; hours: number; calendar: WorkingCalendar }): Date {
  let remaining = hours * 60 * MINUTE_MS
  let cursor = from
  for (let days = 0; days < MAX_DAYS_SEARCHED; days += 1) {
    const day = officeDate(cursor)
    if (isWorkingDay(cursor, calendar)) {
      const start = Math.max(cursor.getTime(), atOfficeMinutes(day, OFFICE_OPENS_MINUTES).getTime())
      const available = atOfficeMinutes(day, OFFICE_CLOSES_MINUTES).getTime() - start
      if (remaining <= available) return new Date(start + remaining)
      if (available > 0) remaining -= available
    }
    cursor = new Date(atOfficeMinutes(day, 0).getTime() + DAY_MS)
  }
  return cursor
}

/** When the office opens on the last working day before the day of `date`: Friday 09:00 for a Monday. */
export function openingOfPreviousWorkingDay(date: Date, calendar: WorkingCalendar): Date {
  let cursor = atOfficeMinutes(officeDate(date), OFFICE_OPENS_MINUTES)
  for (let days = 0; days < MAX_DAYS_SEARCHED; days += 1) {
    cursor = new Date(cursor.getTime() - DAY_MS)
    if (isWorkingDay(cursor, calendar)) return cursor
  }
  return cursor
}

/** Midnight at the start of the office's current month, as an instant. */
export function startOfOfficeMonth(now: Date): Date {
  const [year, month] = officeDate(now).split('-')
  return new Date(`${year}-${month}-01T00:00:00${OFFICE_UTC_OFFSET}`)
}
