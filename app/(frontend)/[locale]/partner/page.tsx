import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { ReaderTime } from '@/components/enquiry/ReaderTime'
import { ENQUIRY_STATUS_LABELS, ENQUIRY_TYPE_LABELS } from '@/lib/constants/optionLabels'
import { findPartnerEnquiries } from '@/lib/data/partnerEnquiries'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { INTL_LOCALE } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { findSignedInPartner } from '@/lib/partners/session'
import { signOutPartner } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'partner.dashboard' })
  return { title: t('title'), robots: { index: false } }
}

/** A partner's own enquiries: reference, client, status and dates; never internal notes, never another partner's. */
export default async function PartnerDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const partner = await findSignedInPartner()
  if (!partner) redirect(`/${locale}/partner/sign-in`)
  const { sent } = await searchParams
  const sentReference = typeof sent === 'string' && REFERENCE_PATTERN.test(sent) ? sent : null
  const [t, enquiries] = await Promise.all([getTranslations({ locale, namespace: 'partner.dashboard' }), findPartnerEnquiries(partner, locale)])
  // The partner's own day, not the server's: the office's day until the browser says which zone it is in.
  const readerDate = (iso: string) => <ReaderTime iso={iso} intlLocale={INTL_LOCALE[locale]} officeTimeZone={OFFICE_TIME_ZONE} dateOnly />
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-ink-muted">{t('signedInAs', { organisation: partner.organisation })}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`/${locale}/partner/enquiries/new`} className="rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900">
            {t('newEnquiry')}
          </a>
          <form action={signOutPartner.bind(null, locale)}>
            <button type="submit" className="rounded-lg border border-line px-5 py-2.5 font-semibold text-sea-900 hover:bg-sand">
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>
      {sentReference ? (
        <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {t('sent', { reference: sentReference })}
        </p>
      ) : null}
      {enquiries.length === 0 ? (
        <p className="mt-10 rounded-lg bg-sand p-6 text-ink-muted">{t('empty')}</p>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-xl border border-line">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-sand text-ink">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">{t('reference')}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t('client')}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t('type')}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t('status')}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t('submitted')}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t('replyDue')}</th>
                <th scope="col" className="px-4 py-3 font-semibold">{t('updated')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {enquiries.map((enquiry) => (
                <tr key={enquiry.reference} data-reference={enquiry.reference}>
                  <td className="px-4 py-3 font-mono font-semibold">
                    <a
                      href={`/${locale}/partner/enquiries/${enquiry.reference}`}
                      aria-label={t('open', { reference: enquiry.reference ?? '' })}
                      className="text-sea-700 underline hover:text-sea-900"
                    >
                      {enquiry.reference}
                    </a>
                  </td>
                  <td className="px-4 py-3">
                    {enquiry.name}
                    {enquiry.organisation ? <span className="block text-ink-muted">{enquiry.organisation}</span> : null}
                  </td>
                  <td className="px-4 py-3">{ENQUIRY_TYPE_LABELS[enquiry.type][locale]}</td>
                  <td className="px-4 py-3">
                    <span className="rounded-full bg-sea-50 px-2.5 py-1 font-semibold text-sea-900">{ENQUIRY_STATUS_LABELS[enquiry.status][locale]}</span>
                  </td>
                  <td className="px-4 py-3">{readerDate(enquiry.createdAt)}</td>
                  <td className="px-4 py-3">{enquiry.dueAt ? readerDate(enquiry.dueAt) : '—'}</td>
                  <td className="px-4 py-3">{readerDate(enquiry.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
