import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { findReplyBusinessDays } from '@/lib/data/site'
import { investorKeyFor, investorPagePath, isInvestorKey } from '@/lib/enquiries/investorKey'
import { REFERENCE_PATTERN } from '@/lib/enquiries/reference'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'enquire.thanks' })
  return { title: t('metaTitle'), robots: { index: false } }
}

/**
 * After a submission: the reference, shown only with the key of its private page (so that nobody is told a
 * reference that is not theirs), a link to that page, and what happens next.
 */
export default async function EnquiryThanksPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const { ref, key } = await searchParams
  const reference = typeof ref === 'string' && REFERENCE_PATTERN.test(ref) && isInvestorKey(ref, key) ? ref : null
  // Nothing was sent from here (an address typed or bookmarked, a key cut short): the form, not a thank-you.
  if (!reference) redirect(`/${locale}/enquire`)
  const [t, replyDays] = await Promise.all([getTranslations({ locale, namespace: 'enquire.thanks' }), findReplyBusinessDays()])
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('title')}</h1>
      <div className="mt-8 rounded-xl border border-sea-200 bg-sea-50 p-6">
        <p className="text-sm font-semibold text-ink-muted">{t('referenceLabel')}</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wide text-sea-900" data-testid="enquiry-reference">
          {reference}
        </p>
        <p className="mt-2 text-sm text-ink-muted">{t('referenceHint')}</p>
        <p className="mt-4">
          <a href={investorPagePath(locale, reference, investorKeyFor(reference))} className="font-semibold text-sea-700 underline hover:text-sea-900">
            {t('follow')}
          </a>
        </p>
        <p className="mt-1 text-sm text-ink-muted">{t('followHint')}</p>
      </div>
      <h2 className="mt-10 text-xl font-bold text-ink">{t('nextTitle')}</h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6 text-base leading-relaxed text-ink">
        <li>{t('stepConfirm')}</li>
        <li>{t('stepOfficer')}</li>
        <li>{t('stepReply', { days: replyDays })}</li>
      </ol>
      <div className="mt-10 flex flex-wrap gap-4">
        <a href={`/${locale}/projects`} className="rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900">
          {t('browse')}
        </a>
        <a href={`/${locale}`} className="rounded-lg border border-line px-5 py-2.5 font-semibold text-sea-900 hover:bg-sand">
          {t('home')}
        </a>
      </div>
    </div>
  )
}
