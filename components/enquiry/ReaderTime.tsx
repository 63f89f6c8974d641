'use client'

import { useSyncExternalStore } from 'react'

// Intl refuses `timeZoneName` beside `dateStyle`: the parts are named one by one.
const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }
/** The day alone, for tables: still the reader's day, which can differ from the office's. */
const DATE_ONLY_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'long' }

const neverChanges = () => () => {}

/**
 * A moment shown in the reader's own time zone, named: the server writes it in the office's zone (what a
 * reader without JavaScript sees, zone included), and the browser writes it in its own once it hydrates.
 */
export function ReaderTime({ iso, intlLocale, officeTimeZone, dateOnly = false }: { iso: string; intlLocale: string; officeTimeZone: string; dateOnly?: boolean }) {
  const options = dateOnly ? DATE_ONLY_OPTIONS : OPTIONS
  const text = useSyncExternalStore(
    neverChanges,
    () => new Intl.DateTimeFormat(intlLocale, options).format(new Date(iso)),
    () => new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: officeTimeZone }).format(new Date(iso)),
  )
  return <time dateTime={iso}>{text}</time>
}
