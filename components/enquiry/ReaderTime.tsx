'use client'

import { useSyncExternalStore } from 'react'

// Intl refuses `timeZoneName` beside `dateStyle`: the parts are named one by one.
const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }

const neverChanges = () => () => {}

/**
 * A moment shown in the reader's own time zone, named: the server writes it in the office's zone (what a
 * reader without JavaScript sees, zone included), and the browser writes it in its own once it hydrates.
 */
export function ReaderTime({ iso, intlLocale, officeTimeZone }: { iso: string; intlLocale: string; officeTimeZone: string }) {
  const text = useSyncExternalStore(
    neverChanges,
    () => new Intl.DateTimeFormat(intlLocale, OPTIONS).format(new Date(iso)),
    () => new Intl.DateTimeFormat(intlLocale, { ...OPTIONS, timeZone: officeTimeZone }).format(new Date(iso)),
  )
  return <time dateTime={iso}>{text}</time>
}
