import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { EnquiryForm } from '@/components/enquiry/EnquiryForm'
import { enquiryFormTexts } from '@/components/enquiry/enquiryFormTexts'
import { countryOptions } from '@/lib/constants/countries'
import { ENQUIRY_TYPES, type EnquiryType } from '@/lib/constants/options'
import { ENQUIRY_TYPE_LABELS } from '@/lib/constants/optionLabels'
import { findEnquirySubject } from '@/lib/data/enquirySubject'
import { findReplyBusinessDays } from '@/lib/data/site'
import { PRIVACY_NOTICE_VERSION } from '@/lib/enquiries/privacyNotice'
import type { EnquiryFormState } from '@/lib/enquiries/formState'
import { formatDate } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { sendEnquiry } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Every visit gets its own idempotency key, so this page is never served from a cache.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'enquire' })
  return { title: t('metaTitle'), description: t('intro') }
}

export default async function EnquirePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const requestedType = typeof query.type === 'string' && (ENQUIRY_TYPES as readonly string[]).includes(query.type) ? (query.type as EnquiryType) : 'general'
  const requestedSubject = typeof query.subject === 'string' && /^[a-z0-9-]{1,120}$/.test(query.subject) ? query.subject : null
  const [t, texts, replyDays, subject] = await Promise.all([
    getTranslations({ locale, namespace: 'enquire' }),
    enquiryFormTexts(locale),
    findReplyBusinessDays(),
    requestedSubject ? findEnquirySubject({ type: requestedType, slug: requestedSubject, locale }) : null,
  ])
  const initialState: EnquiryFormState = {
    values: { type: requestedType, subject: subject?.slug },
    fieldErrors: {},
    formError: null,
    idempotencyKey: crypto.randomUUID(),
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-muted">{t('intro')}</p>
      <p className="mt-3 inline-flex rounded-full bg-sea-50 px-4 py-1.5 text-sm font-semibold text-sea-900">{t('promise', { days: replyDays })}</p>
      <EnquiryForm
        action={sendEnquiry.bind(null, locale)}
        initialState={initialState}
        subjectTitle={subject?.title ?? null}
        typeOptions={ENQUIRY_TYPES.map((type) => ({ value: type, label: ENQUIRY_TYPE_LABELS[type][locale] }))}
        countryOptions={countryOptions(locale)}
        privacyVersion={t('privacyVersion', { date: formatDate(PRIVACY_NOTICE_VERSION, locale) })}
        privacyHref={`/${locale}/privacy`}
        texts={texts}
      />
    </div>
  )
}
