import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { EnquiryOfficer, EnquiryThreadView } from '@/components/enquiry/EnquiryThreadView'
import { InvestorReplyForm } from '@/components/enquiry/InvestorReplyForm'
import { ReaderTime } from '@/components/enquiry/ReaderTime'
import { CLOSED_STATUSES, type EnquiryStatus, SATISFACTION_ANSWERS } from '@/lib/constants/options'
import { findEnquiryThread } from '@/lib/data/enquiryThread'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { isInvestorKey } from '@/lib/enquiries/investorKey'
import { countWrongPageKey, isPageKeyGuessingBlocked } from '@/lib/enquiries/rateLimit'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { INTL_LOCALE } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { clientIpOf } from '@/lib/runtime/clientIp'
import { answerFollowUp, replyToEnquiry } from './actions'

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
  const { key, sent, feedback } = await searchParams
  const ip = clientIpOf(await headers())
  if (await isPageKeyGuessingBlocked(ip)) notFound()
  if (!isInvestorKey(reference, key)) {
    await countWrongPageKey(ip)
    notFound()
  }
  const [t, enquiry] = await Promise.all([getTranslations({ locale, namespace: 'enquiryPage' }), findEnquiryThread({ reference, reader: { investorKey: key }, locale })])
  if (!enquiry) {
    // The key is right, so the reference was given to this visitor: accepted, and stored a moment later (see the intake).
    return (
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
        <h1 className="text-3xl leading-tight font-bold tracking-tight text-sea-900 sm:text-4xl">{t('title', { reference })}</h1>
        <p className="mt-8 rounded-xl border border-sea-200 bg-sea-50 p-6 text-lg font-semibold text-sea-900" data-testid="enquiry-status">
          {t('status.recording')}
        </p>
      </div>
    )
  }
  const intlLocale = INTL_LOCALE[locale]
  const isClosed = STATUS_TEXT[enquiry.status] === 'closed'
  const canAnswerFollowUp = (CLOSED_STATUSES as readonly string[]).includes(enquiry.status)
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl leading-tight font-bold tracking-tight text-sea-900 sm:text-4xl">{t('title', { reference: enquiry.reference ?? reference })}</h1>
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
            <Link href={`/${locale}/enquire`} className="font-semibold text-sea-700 underline hover:text-sea-900">
              {t('newEnquiry')}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="enquiry-thread" className="mt-10">
        <h2 id="enquiry-thread" className="text-xl font-bold text-ink">
          {t('threadTitle')}
        </h2>
        <EnquiryThreadView
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
        />
        {sent === '1' ? (
          <p id="reply-sent" role="status" className="mt-4 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
            {t('reply.sent')}
          </p>
        ) : null}
      </section>

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
