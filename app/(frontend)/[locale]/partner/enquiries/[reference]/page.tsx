import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { EnquiryOfficer, EnquiryThreadSection } from '@/components/enquiry/EnquiryThreadView'
import { InvestorReplyForm } from '@/components/enquiry/InvestorReplyForm'
import { ReferenceTitle } from '@/components/enquiry/ReferenceTitle'
import { ReaderTime } from '@/components/enquiry/ReaderTime'
import { CLOSED_STATUSES } from '@/lib/constants/options'
import { ENQUIRY_STATUS_LABELS } from '@/lib/constants/optionLabels'
import { findEnquiryThread } from '@/lib/data/enquiryThread'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { INTL_LOCALE } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { findSignedInPartner } from '@/lib/partners/session'
import { replyAsPartner } from './actions'

type Props = { params: Promise<{ locale: string; reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'partner.enquiry' })
  return { title: REFERENCE_PATTERN.test(reference) ? t('metaTitle', { reference }) : undefined, robots: { index: false, follow: false } }
}

/**
 * One of a partner's enquiries, for its client: where it stands, the officer handling it, the whole thread
 * (the client's first message, the bureau's replies, the client's and the partner's own) and a box to
 * reply. Read with the partner's own access: another partner's enquiry, or none, is not found.
 */
export default async function PartnerEnquiryPage({ params, searchParams }: Props) {
  const { locale, reference } = await params
  if (!isLocale(locale) || !REFERENCE_PATTERN.test(reference)) notFound()
  setRequestLocale(locale)
  const partner = await findSignedInPartner()
  if (!partner) redirect(`/${locale}/partner/sign-in`)
  const [t, tPage, enquiry, { sent }] = await Promise.all([
    getTranslations({ locale, namespace: 'partner.enquiry' }),
    getTranslations({ locale, namespace: 'enquiryPage' }),
    findEnquiryThread({ reference, reader: { partner }, locale }),
    searchParams,
  ])
  if (!enquiry) notFound()
  const isClosed = (CLOSED_STATUSES as readonly string[]).includes(enquiry.status)
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <p>
        <a href={`/${locale}/partner`} className="text-sm font-semibold text-sea-700 underline hover:text-sea-900">
          {t('back')}
        </a>
      </p>
      <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-sea-900 sm:text-4xl"><ReferenceTitle sentence={(mark) => t('metaTitle', { reference: mark })} reference={enquiry.reference ?? reference} />
      </h1>
      <p className="mt-2 text-lg text-ink">{t('forClient', { name: enquiry.name })}</p>

      <section aria-labelledby="enquiry-status" className="mt-8 rounded-xl border border-sea-200 bg-sea-50 p-6">
        <h2 id="enquiry-status" className="text-sm font-semibold text-ink-muted">
          {t('statusLabel')}
        </h2>
        <p className="mt-1 text-lg font-semibold text-sea-900" data-testid="enquiry-status">
          {ENQUIRY_STATUS_LABELS[enquiry.status][locale]}
        </p>
        {enquiry.officer ? (
          <EnquiryOfficer officer={enquiry.officer} locale={locale} title={t('officer')} languages={(languages) => tPage('officer.languages', { languages })} />
        ) : null}
        {enquiry.dueAt && !isClosed ? (
          <p className="mt-3 text-sm text-ink">
            {tPage.rich('replyBy', { time: () => <ReaderTime iso={enquiry.dueAt ?? ''} intlLocale={INTL_LOCALE[locale]} officeTimeZone={OFFICE_TIME_ZONE} /> })}
          </p>
        ) : null}
      </section>

      <EnquiryThreadSection
        thread={enquiry}
        locale={locale}
        texts={{
          title: tPage('threadTitle'),
          sentBy: t('sentBy', { name: enquiry.name }),
          type: tPage('type'),
          about: tPage('about'),
          organisation: tPage('organisation'),
          from: { officer: tPage('fromOfficer'), investor: t('fromClient', { name: enquiry.name }), partner: t('fromYou') },
        }}
        sentNotice={sent === '1' ? t('reply.sent') : null}
      />

      <section aria-labelledby="enquiry-reply-title" className="mt-10">
        <h2 id="enquiry-reply-title" className="text-xl font-bold text-ink">
          {t('reply.title')}
        </h2>
        <InvestorReplyForm
          action={replyAsPartner.bind(null, locale, reference)}
          texts={{ label: tPage('reply.label'), hint: t('reply.hint'), submit: tPage('reply.submit'), sending: tPage('reply.sending') }}
        />
      </section>
    </div>
  )
}
