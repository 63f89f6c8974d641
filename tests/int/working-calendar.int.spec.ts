import { describe, expect, it } from 'vitest'

import {
  addBusinessDays,
  addBusinessHours,
  isWorkingDay,
  isWorkingTime,
  openingOfPreviousWorkingDay,
  WEEKDAYS_ONLY,
  type WorkingCalendar,
} from '@/lib/dates/businessDays'
import { workingCalendarFrom } from '@/lib/dates/workingCalendar'

/** An instant on the office's clock (Qingdao, UTC+8). */
const at = (officeTime: string) => new Date(`${officeTime}:00+08:00`)

/** Made up for the test: a holiday from Friday 1 to Monday 4 October 2027, worked back on Sunday 26 September. */
const calendar: WorkingCalendar = {
  holidays: new Set(['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04']),
  makeUpWorkdays: new Set(['2027-09-26']),
}

describe('the working calendar', () => {
  it('knows weekends, listed holidays and make-up working days, on the office’s calendar', () => {
    expect(isWorkingDay(at('2027-09-24T12:00'), calendar)).toBe(true)
    expect(isWorkingDay(at('2027-09-25T12:00'), calendar)).toBe(false)
    expect(isWorkingDay(at('2027-09-26T12:00'), calendar)).toBe(true)
    expect(isWorkingDay(at('2027-09-26T12:00'), WEEKDAYS_ONLY)).toBe(false)
    expect(isWorkingDay(at('2027-10-01T12:00'), calendar)).toBe(false)
    expect(isWorkingDay(at('2027-10-04T12:00'), calendar)).toBe(false)
    // Thursday 23:30 in Qingdao is 15:30 UTC, still Thursday; Friday 00:30 is a holiday although UTC says Thursday.
    expect(isWorkingDay(at('2027-09-30T23:30'), calendar)).toBe(true)
    expect(isWorkingDay(at('2027-10-01T00:30'), calendar)).toBe(false)
  })

  it('is open from 09:00 to 17:30 on a working day', () => {
    expect(isWorkingTime(at('2027-09-24T08:59'), calendar)).toBe(false)
    expect(isWorkingTime(at('2027-09-24T09:00'), calendar)).toBe(true)
    expect(isWorkingTime(at('2027-09-24T17:29'), calendar)).toBe(true)
    expect(isWorkingTime(at('2027-09-24T17:30'), calendar)).toBe(false)
    expect(isWorkingTime(at('2027-09-26T10:00'), calendar)).toBe(true)
    expect(isWorkingTime(at('2027-10-01T10:00'), calendar)).toBe(false)
  })

  it('adds business days across a holiday and a make-up day, keeping the time of day', () => {
    // Friday 24 September + 2: the make-up Sunday and Monday.
    expect(addBusinessDays({ from: at('2027-09-24T15:00'), businessDays: 2, calendar })).toEqual(at('2027-09-27T15:00'))
    expect(addBusinessDays({ from: at('2027-09-24T15:00'), businessDays: 2, calendar: WEEKDAYS_ONLY })).toEqual(at('2027-09-28T15:00'))
    // Thursday 30 September + 2: the holiday runs to Monday, so Tuesday and Wednesday.
    expect(addBusinessDays({ from: at('2027-09-30T10:00'), businessDays: 2, calendar })).toEqual(at('2027-10-06T10:00'))
    // Arriving on a holiday: the count starts from the next working day.
    expect(addBusinessDays({ from: at('2027-10-02T20:00'), businessDays: 1, calendar })).toEqual(at('2027-10-05T20:00'))
  })

  it('adds business hours within office hours only', () => {
    expect(addBusinessHours({ from: at('2027-09-22T10:00'), hours: 4, calendar })).toEqual(at('2027-09-22T14:00'))
    // Friday 16:00: an hour and a half, then the make-up Sunday from 09:00.
    expect(addBusinessHours({ from: at('2027-09-24T16:00'), hours: 4, calendar })).toEqual(at('2027-09-26T11:30'))
    // Thursday 17:00 before the holiday: half an hour, then Tuesday from 09:00.
    expect(addBusinessHours({ from: at('2027-09-30T17:00'), hours: 4, calendar })).toEqual(at('2027-10-05T12:30'))
    // At night: counted from the next opening.
    expect(addBusinessHours({ from: at('2027-09-22T21:00'), hours: 4, calendar })).toEqual(at('2027-09-23T13:00'))
  })

  it('finds the opening of the working day before a date', () => {
    expect(openingOfPreviousWorkingDay(at('2027-09-22T15:00'), calendar)).toEqual(at('2027-09-21T09:00'))
    expect(openingOfPreviousWorkingDay(at('2027-09-27T15:00'), calendar)).toEqual(at('2027-09-26T09:00'))
    expect(openingOfPreviousWorkingDay(at('2027-09-27T15:00'), WEEKDAYS_ONLY)).toEqual(at('2027-09-24T09:00'))
    expect(openingOfPreviousWorkingDay(at('2027-10-05T10:00'), calendar)).toEqual(at('2027-09-30T09:00'))
  })

  it('reads the dates as staff picked them: the admin’s day picker stores noon UTC, the API midnight UTC', () => {
    const read = workingCalendarFrom({
      publicHolidays: [{ date: '2027-10-01T12:00:00.000Z', name: 'Holiday' }, { date: '2027-10-02', name: 'Holiday' }],
      makeUpWorkdays: [{ date: '2027-09-26T12:00:00.000Z', name: 'Holiday' }],
    })
    expect([...read.holidays]).toEqual(['2027-10-01', '2027-10-02'])
    expect([...read.makeUpWorkdays]).toEqual(['2027-09-26'])
    expect(workingCalendarFrom({})).toEqual(WEEKDAYS_ONLY)
  })
})
