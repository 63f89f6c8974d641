import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { EnquiryForm } from '@/components/enquiry/EnquiryForm'
import { enquiryFormTexts } from '@/components/enquiry/enquiryFormTexts'
import { countryOptions } from '@/lib/constants/countries'
import { ENQUIRY_TYPES } from '@/lib/constants/options'
import { ENQUIRY_TYPE_LABELS } from '@/lib/constants/optionLabels'
import type { EnquiryFormState } from '@/lib/enquiries/formState'
import { PRIVACY_NOTICE_VERSION } from '@/lib/enquiries/privacyNotice'
import { formatDate } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { findSignedInPartner } from '@/lib/partners/session'
import { sendPartnerEnquiry } from '../../actions'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'partner.newEnquiry' })
  return { title: t('title'), robots: { index: false } }
}

/** The enquiry form, for a client of the signed-in partner: the client's details, the partner's session. */
export default async function PartnerNewEnquiryPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  if (!(await findSignedInPartner())) redirect(`/${locale}/partner/sign-in`)
  const [t, tEnquire, texts] = await Promise.all([
    getTranslations({ locale, namespace: 'partner.newEnquiry' }),
    getTranslations({ locale, namespace: 'enquire' }),
    enquiryFormTexts(locale),
  ])
  const initialState: EnquiryFormState = { values: { type: 'general' }, fieldErrors: {}, formError: null, idempotencyKey: crypto.randomUUID() }
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <a href={`/${locale}/partner`} className="text-sm font-semibold text-sea-700 underline">
        {t('back')}
      </a>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      <p className="mt-3 leading-relaxed text-ink-muted">{t('intro')}</p>
      <EnquiryForm
        action={sendPartnerEnquiry.bind(null, locale)}
        initialState={initialState}
        subjectTitle={null}
        typeOptions={ENQUIRY_TYPES.map((type) => ({ value: type, label: ENQUIRY_TYPE_LABELS[type][locale] }))}
        countryOptions={countryOptions(locale)}
        privacyVersion={tEnquire('privacyVersion', { date: formatDate(PRIVACY_NOTICE_VERSION, locale) })}
        privacyHref={`/${locale}/privacy`}
        texts={texts}
      />
    </div>
  )
}
