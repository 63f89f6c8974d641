import { ReaderTimeInBrowser } from './ReaderTimeInBrowser'

// Intl refuses `timeZoneName` beside `dateStyle`: the parts are named one by one. A 24-hour clock, as
// the e-mails write it (lib/email/compose.ts): Node's ICU writes Korean afternoons "PM 5:30" where
// browsers write "오후 5:30", and 17:30 reads the same in every language.
const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }
/** The day alone, for tables: still the reader's day, which can differ from the office's. */
const DATE_ONLY_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'long' }

/**
 * A moment shown in the reader's own time zone, named: the server writes it in the office's zone (what a
 * reader without JavaScript sees, zone included), and the browser writes it in its own once it hydrates.
 */
export function ReaderTime({ iso, intlLocale, officeTimeZone, dateOnly = false }: { iso: string; intlLocale: string; officeTimeZone: string; dateOnly?: boolean }) {
  const options = dateOnly ? DATE_ONLY_OPTIONS : OPTIONS
  const officeText = new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: officeTimeZone }).format(new Date(iso))
  return <ReaderTimeInBrowser iso={iso} intlLocale={intlLocale} options={options} officeText={officeText} />
}
