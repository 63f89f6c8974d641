import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { EnquiryOfficer, EnquiryThreadSection } from '@/components/enquiry/EnquiryThreadView'
import { InvestorReplyForm } from '@/components/enquiry/InvestorReplyForm'
import { ReferenceTitle } from '@/components/enquiry/ReferenceTitle'
import { ReaderTime } from '@/components/enquiry/ReaderTime'
import { MEETING_LENGTH_LABELS, MEETING_MODE_LABELS } from '@/lib/constants/optionLabels'
import { CLOSED_STATUSES, type EnquiryStatus, NO_MEETING_STATUSES, SATISFACTION_ANSWERS } from '@/lib/constants/options'
import { findEnquiryThread } from '@/lib/data/enquiryThread'
import { findInvestorMeetings, type OfferedSlot } from '@/lib/data/investorMeetings'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { isInvestorKey } from '@/lib/enquiries/investorKey'
import { countWrongPageKey, isPageKeyGuessingBlocked } from '@/lib/enquiries/rateLimit'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { INTL_LOCALE } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { clientIpOf } from '@/lib/runtime/clientIp'
import { answerFollowUp, bookMeetingAction, cancelMeetingAction, replyToEnquiry } from './actions'

type Props = { params: Promise<{ locale: string; reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

/** What the investor reads of each status: where their enquiry stands, in plain words. */
const STATUS_TEXT = {
  new: 'new',
  triaged: 'triaged',
  contacted: 'contacted',
  'in-progress': 'inProgress',
  won: 'closed',
  lost: 'closed',
  spam: 'closed',
} as const satisfies Record<EnquiryStatus, string>

/** What the meeting section says after a booking or a cancellation (the `meeting` parameter of the redirect). */
const MEETING_NOTICES = ['booked', 'cancelled'] as const
const MEETING_ERRORS = ['taken', 'gone', 'already', 'closed', 'choose', 'unavailable'] as const

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}

/** Language codes as the reader names them, in a list: 日本語、英語. */
function languageList(codes: readonly string[], intlLocale: string): string {
  const names = new Intl.DisplayNames(intlLocale, { type: 'language' })
  return new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(codes.map((code) => names.of(code) ?? code))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'enquiryPage' })
  const title = REFERENCE_PATTERN.test(reference) ? t('metaTitle', { reference }) : t('metaTitleGeneric')
  return { title, robots: { index: false, follow: false } }
}

/**
 * An enquiry's private page, opened by the key in its link (lib/enquiries/investorKey.ts): where the
 * enquiry stands, the thread (what the investor wrote, the officers' replies, theirs), and a box to reply. Any other key, or none, finds nothing (404), and an address
 * that keeps guessing is refused for a while. Never cached: it is one person's.
 */
export default async function InvestorEnquiryPage({ params, searchParams }: Props) {
  const { locale, reference } = await params
  if (!isLocale(locale) || !REFERENCE_PATTERN.test(reference)) notFound()
  setRequestLocale(locale)
  const { key, sent, feedback, meeting } = await searchParams
  const ip = clientIpOf(await headers())
  if (await isPageKeyGuessingBlocked(ip)) notFound()
  if (!isInvestorKey(reference, key)) {
    await countWrongPageKey(ip)
    notFound()
  }
  // The meetings are read beside the thread: their access goes by the reference and key alone.
  const [t, enquiry, meetings] = await Promise.all([
    getTranslations({ locale, namespace: 'enquiryPage' }),
    findEnquiryThread({ reference, reader: { investorKey: key }, locale }),
    findInvestorMeetings({ reference, key }),
  ])
  if (!enquiry) {
    // The key is right, so the reference was given to this visitor: accepted, and stored a moment later (see the intake).
    return (
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
        <h1 className="text-3xl leading-tight font-bold tracking-tight text-sea-900 sm:text-4xl"><ReferenceTitle sentence={(mark) => t('title', { reference: mark })} reference={reference} />
        </h1>
        <p className="mt-8 rounded-xl border border-sea-200 bg-sea-50 p-6 text-lg font-semibold text-sea-900" data-testid="enquiry-status">
          {t('status.recording')}
        </p>
      </div>
    )
  }
  const intlLocale = INTL_LOCALE[locale]
  const isClosed = STATUS_TEXT[enquiry.status] === 'closed'
  const canAnswerFollowUp = (CLOSED_STATUSES as readonly string[]).includes(enquiry.status)
  const canMeet = !(NO_MEETING_STATUSES as readonly string[]).includes(enquiry.status)
  const slotDetails = (slot: OfferedSlot) =>
    t('meeting.details', { length: MEETING_LENGTH_LABELS[slot.minutes][locale], mode: MEETING_MODE_LABELS[slot.mode][locale], languages: languageList(slot.languages, intlLocale) })
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl leading-tight font-bold tracking-tight text-sea-900 sm:text-4xl"><ReferenceTitle sentence={(mark) => t('title', { reference: mark })} reference={enquiry.reference ?? reference} />
      </h1>
      <p className="mt-3 text-sm text-ink-muted">{t('private')}</p>

      <section aria-labelledby="enquiry-status" className="mt-8 rounded-xl border border-sea-200 bg-sea-50 p-6">
        <h2 id="enquiry-status" className="text-sm font-semibold text-ink-muted">
          {t('statusLabel')}
        </h2>
        <p className="mt-1 text-lg font-semibold text-sea-900" data-testid="enquiry-status">
          {t(`status.${STATUS_TEXT[enquiry.status]}`)}
        </p>
        {enquiry.officer ? (
          <EnquiryOfficer officer={enquiry.officer} locale={locale} title={t('officer.title')} languages={(languages) => t('officer.languages', { languages })} />
        ) : null}
        {enquiry.dueAt && !isClosed ? (
          <p className="mt-3 text-sm text-ink">
            {t.rich('replyBy', { time: () => <ReaderTime iso={enquiry.dueAt ?? ''} intlLocale={intlLocale} officeTimeZone={OFFICE_TIME_ZONE} /> })}
          </p>
        ) : null}
        {isClosed ? (
          <p className="mt-4">
            <a href={`/${locale}/enquire`} className="font-semibold text-sea-700 underline hover:text-sea-900">
              {t('newEnquiry')}
            </a>
          </p>
        ) : null}
      </section>

      <EnquiryThreadSection
        thread={enquiry}
        locale={locale}
        texts={{
          title: t('threadTitle'),
          sentBy: t('sentBy', { name: enquiry.name }),
          type: t('type'),
          about: t('about'),
          organisation: t('organisation'),
          from: { officer: t('fromOfficer'), investor: t('fromYou'), partner: t('fromPartner') },
        }}
        sentNotice={sent === '1' ? t('reply.sent') : null}
      />

      {canAnswerFollowUp ? (
        <section id="feedback" aria-labelledby="enquiry-feedback-title" className="mt-10 rounded-xl border border-line p-6">
          <h2 id="enquiry-feedback-title" className="text-xl font-bold text-ink">
            {t('feedback.title')}
          </h2>
          {enquiry.satisfaction ? (
            <p role="status" className="mt-3 font-semibold text-sea-900" data-testid="feedback-recorded">
              {t(enquiry.satisfaction === 'satisfied' ? 'feedback.recorded.satisfied' : 'feedback.recorded.notSatisfied')}
            </p>
          ) : null}
          {feedback === 'failed' ? (
            <p role="alert" className="mt-3 text-sm font-semibold text-red-700">
              {t('reply.errors.unavailable')}
            </p>
          ) : null}
          <p className="mt-2 text-sm text-ink-muted">{t('feedback.hint')}</p>
          <form action={answerFollowUp.bind(null, locale, reference, key)} className="mt-4 flex flex-wrap gap-3">
            {SATISFACTION_ANSWERS.map((answer) => (
              <button
                key={answer}
                type="submit"
                name="answer"
                value={answer}
                aria-pressed={enquiry.satisfaction === answer}
                className="rounded-lg border border-sea-700 px-5 py-2.5 font-semibold text-sea-700 hover:bg-sea-50 aria-pressed:bg-sea-700 aria-pressed:text-white"
              >
                {t(answer === 'satisfied' ? 'feedback.satisfied' : 'feedback.notSatisfied')}
              </button>
            ))}
          </form>
        </section>
      ) : null}

      {canMeet || meetings.booking ? (
        <section id="meeting" aria-labelledby="enquiry-meeting-title" className="mt-10 rounded-xl border border-line p-6">
          <h2 id="enquiry-meeting-title" className="text-xl font-bold text-ink">
            {t('meeting.title')}
          </h2>
          {isOneOf(MEETING_NOTICES, meeting) ? (
            <p role="status" className="mt-3 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
              {t(`meeting.notice.${meeting}`)}
            </p>
          ) : null}
          {isOneOf(MEETING_ERRORS, meeting) ? (
            <p role="alert" className="mt-3 rounded-lg border border-red-700 bg-red-50 p-4 font-semibold text-red-900">
              {t(`meeting.errors.${meeting}`)}
            </p>
          ) : null}
          {meetings.booking ? (
            <div className="mt-4" data-testid="meeting-booked">
              <h3 className="text-sm font-semibold text-ink-muted">{t('meeting.bookedTitle')}</h3>
              <p className="mt-1 text-lg font-semibold text-sea-900">
                <ReaderTime iso={meetings.booking.slot.startsAt} intlLocale={intlLocale} officeTimeZone={OFFICE_TIME_ZONE} />
              </p>
              <p className="mt-1 text-sm text-ink">{slotDetails(meetings.booking.slot)}</p>
              <p className="mt-2 text-sm text-ink-muted">{t('meeting.bookedHint')}</p>
              <form action={cancelMeetingAction.bind(null, locale, reference, key)} className="mt-4">
                <button type="submit" className="rounded-lg border border-sea-700 px-5 py-2.5 font-semibold text-sea-700 hover:bg-sea-50">
                  {t('meeting.cancel')}
                </button>
              </form>
            </div>
          ) : meetings.freeSlots.length > 0 ? (
            <form action={bookMeetingAction.bind(null, locale, reference, key)} className="mt-2">
              <p className="text-sm text-ink-muted">{t('meeting.hint')}</p>
              <fieldset className="mt-4">
                <legend className="text-sm font-semibold text-ink">{t('meeting.legend')}</legend>
                <ul className="mt-2 space-y-2">
                  {meetings.freeSlots.map((slot) => (
                    <li key={slot.id}>
                      <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-line p-3 has-checked:border-sea-700 has-checked:bg-sea-50" data-testid="meeting-slot">
                        <input type="radio" name="slot" value={slot.id} required className="mt-1 size-4 shrink-0 accent-sea-700" />
                        <span>
                          <span className="block font-semibold text-ink">
                            <ReaderTime iso={slot.startsAt} intlLocale={intlLocale} officeTimeZone={OFFICE_TIME_ZONE} />
                          </span>
                          <span className="block text-sm text-ink">{slotDetails(slot)}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <button type="submit" className="mt-4 rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900">
                {t('meeting.submit')}
              </button>
            </form>
          ) : (
            <p className="mt-2 text-sm text-ink-muted">{t('meeting.none')}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="enquiry-reply-title" className="mt-10">
        <h2 id="enquiry-reply-title" className="text-xl font-bold text-ink">
          {t('reply.title')}
        </h2>
        <InvestorReplyForm
          action={replyToEnquiry.bind(null, locale, reference, key)}
          texts={{ label: t('reply.label'), hint: t('reply.hint'), submit: t('reply.submit'), sending: t('reply.sending') }}
        />
      </section>
    </div>
  )
}
