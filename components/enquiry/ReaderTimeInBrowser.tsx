'use client'

import { useSyncExternalStore } from 'react'

const neverChanges = () => () => {}

/**
 * The browser's side of ReaderTime: the server's text (the office's zone) until hydrated, so that the
 * two match whatever each one's ICU writes, then the same moment in the reader's own zone.
 */
export function ReaderTimeInBrowser({ iso, intlLocale, options, officeText }: { iso: string; intlLocale: string; options: Intl.DateTimeFormatOptions; officeText: string }) {
  const text = useSyncExternalStore(
    neverChanges,
    () => new Intl.DateTimeFormat(intlLocale, options).format(new Date(iso)),
    () => officeText,
  )
  return <time dateTime={iso}>{text}</time>
}
