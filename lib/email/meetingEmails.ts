import { MEETING_LENGTH_LABELS, MEETING_MODE_LABELS } from '../constants/optionLabels'
import { OFFICE_TIME_ZONE } from '../dates/businessDays'
import { investorKeyFor, investorPageEmailUrl } from '../enquiries/investorKey'
import { INTL_LOCALE } from '../format/numbers'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales'
import { buildInvitation, type InvitationMethod } from '../meetings/invitation'
import type { Enquiry, MeetingSlot, User } from '../../payload-types'
import { composeEmail, type EmailContent, emailTranslator } from './compose'
import { enquiryAdminUrl, type OutboxAttachment } from './outbox'
import { enquiryLocale } from './enquiryEmails'
import { portalSender } from './smtp'

export type MeetingEvent = 'booked' | 'cancelled'

/** One message of a meeting's news: to whom, what, its calendar file, and the page key it carries sealed. */
export type MeetingEmail = { to: string; content: EmailContent; attachments: OutboxAttachment[]; secret?: string }

type Args = {
  event: MeetingEvent
  bookingId: number
  slot: Pick<MeetingSlot, 'startsAt' | 'minutes' | 'mode' | 'languages'>
  enquiry: Enquiry
  officer: Pick<User, 'email' | 'name' | 'languages'> | null
  cancelledBy?: 'officer' | 'investor' | null
}

// Intl refuses `timeZoneName` beside `dateStyle`: the parts are named one by one; a 24-hour clock, as in
// the other e-mails (Node's ICU writes Korean afternoons "PM 5:30").
const WHEN: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }

/** A meeting's start in the office's zone, the zone named: a reader abroad sees which clock it is on (their calendar converts the .ics). */
function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...WHEN, timeZone: OFFICE_TIME_ZONE }).format(new Date(iso))
}

function languageList(codes: readonly string[], locale: Locale): string {
  const names = new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'language' })
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(codes.map((code) => names.of(code) ?? code))
}

/** An officer reads their mail in the first language they answer in; the office's language otherwise. */
function officerLocale(officer: Pick<User, 'languages'> | null): Locale {
  const first = officer?.languages?.[0]
  return isLocale(first) ? first : DEFAULT_LOCALE
}

function calendarFile(method: InvitationMethod, content: string): OutboxAttachment {
  return { filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content }
}

/**
 * The e-mails of a booking or its cancellation: the investor's in their language, with the link to their
 * page (its key sealed by the outbox) and an `.ics` without it; the slot's officer's in theirs, with the
 * enquiry's admin link and the same event (one UID per booking, METHOD REQUEST then CANCEL).
 */
export function meetingEmails({ event, bookingId, slot, enquiry, officer, cancelledBy }: Args): MeetingEmail[] {
  const method: InvitationMethod = event === 'booked' ? 'REQUEST' : 'CANCEL'
  const reference = enquiry.reference ?? ''
  const minutes = Number(slot.minutes)
  const by = cancelledBy ?? 'officer'
  const emails: MeetingEmail[] = []

  const details = (locale: Locale) => {
    const t = emailTranslator(locale)
    return [
      t('meeting.when', { date: formatWhen(slot.startsAt, locale) }),
      t('meeting.length', { length: MEETING_LENGTH_LABELS[slot.minutes][locale] }),
      t('meeting.mode', { mode: MEETING_MODE_LABELS[slot.mode][locale] }),
      t('meeting.languages', { languages: languageList(slot.languages, locale) }),
    ].join('\n')
  }
  const invitation = (locale: Locale, title: string, description: string) =>
    buildInvitation({
      bookingId,
      method,
      startsAt: slot.startsAt,
      minutes,
      title,
      description,
      location: MEETING_MODE_LABELS[slot.mode][locale],
      organizer: { name: emailTranslator(locale)('confirmation.sender'), email: portalSender().address },
      attendee: { name: enquiry.name, email: enquiry.email },
    })

  const investorLocale = enquiryLocale(enquiry)
  const t = emailTranslator(investorLocale)
  const pageUrl = investorPageEmailUrl(investorLocale, reference)
  emails.push({
    to: enquiry.email,
    content: composeEmail({
      subject: t(event === 'booked' ? 'meeting.bookedSubject' : 'meeting.cancelledSubject', { reference }),
      paragraphs: [
        event === 'booked' ? t('meeting.bookedIntro') : t('meeting.cancelledIntro', { by }),
        details(investorLocale),
        { text: t('meeting.manage', { url: pageUrl }), link: pageUrl },
        `${t('confirmation.signOff')}\n${t('confirmation.sender')}`,
      ],
      lang: investorLocale,
    }),
    attachments: [calendarFile(method, invitation(investorLocale, t('meeting.eventTitle', { reference }), t('meeting.eventDescription', { reference })))],
    secret: reference ? investorKeyFor(reference) : undefined,
  })

  if (officer) {
    const locale = officerLocale(officer)
    const s = emailTranslator(locale)
    const adminUrl = enquiryAdminUrl(enquiry.id)
    const date = formatWhen(slot.startsAt, locale)
    emails.push({
      to: officer.email,
      content: composeEmail({
        subject: s(event === 'booked' ? 'meeting.staffBookedSubject' : 'meeting.staffCancelledSubject', { reference, date }),
        paragraphs: [
          event === 'booked' ? s('meeting.staffBookedIntro', { name: enquiry.name, reference }) : s('meeting.staffCancelledIntro', { by, name: enquiry.name, reference }),
          details(locale),
          { text: s('staff.open', { url: adminUrl }), link: adminUrl },
        ],
        lang: locale,
      }),
      attachments: [calendarFile(method, invitation(locale, s('meeting.staffEventTitle', { name: enquiry.name, reference }), reference))],
    })
  }
  return emails
}
