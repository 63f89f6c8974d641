import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { EnquiryForm } from '@/components/enquiry/EnquiryForm'
import { enquiryFormTexts } from '@/components/enquiry/enquiryFormTexts'
import { COUNTRY_CODES, countryOptions } from '@/lib/constants/countries'
import { ENQUIRY_TYPES, type EnquiryType } from '@/lib/constants/options'
import { ENQUIRY_TYPE_LABELS } from '@/lib/constants/optionLabels'
import { findEnquirySubject } from '@/lib/data/enquirySubject'
import { findReplyBusinessDays } from '@/lib/data/site'
import { ASKED_COUNTRY_PARAM, ASKED_ITEMS_PARAM, parseAskedItems } from '@/lib/enquiries/link'
import { PRIVACY_NOTICE_VERSION } from '@/lib/enquiries/privacyNotice'
import { ENQUIRY_LIMITS } from '@/lib/enquiries/submissionSchema'
import type { EnquiryFormState } from '@/lib/enquiries/formState'
import { formatDate } from '@/lib/format/numbers'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { enquiryTypeOf } from '@/lib/sections'
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

/**
 * The form pre-filled with several items (the support finder's "ask an officer about these"): the
 * published ones among them, named in the message the enquirer can still change, under their common type
 * (general when they differ). Unknown, unpublished or malformed items are left out.
 */
async function askedItemsPrefill(value: string | string[] | undefined, locale: Locale): Promise<{ type: EnquiryType; message: string } | null> {
  const items = parseAskedItems(value)
  if (items.length === 0) return null
  const found = await Promise.all(items.map(({ section, slug }) => findEnquirySubject({ type: enquiryTypeOf(section), slug, locale })))
  const titles = found.flatMap((subject) => (subject ? [subject.title] : []))
  if (titles.length === 0) return null
  const types = new Set(items.filter((_, index) => found[index]).map(({ section }) => enquiryTypeOf(section)))
  const t = await getTranslations({ locale, namespace: 'enquire' })
  const message = [t('aboutItems'), ...titles.map((title) => `- ${title}`)].join('\n').slice(0, ENQUIRY_LIMITS.message)
  return { type: types.size === 1 ? [...types][0] : 'general', message }
}

export default async function EnquirePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const requestedType = typeof query.type === 'string' && (ENQUIRY_TYPES as readonly string[]).includes(query.type) ? (query.type as EnquiryType) : 'general'
  const requestedSubject = typeof query.subject === 'string' && /^[a-z0-9-]{1,120}$/.test(query.subject) ? query.subject : null
  const requestedCountry = typeof query[ASKED_COUNTRY_PARAM] === 'string' ? COUNTRY_CODES.find((code) => code === String(query[ASKED_COUNTRY_PARAM]).toUpperCase()) : undefined
  const [t, texts, replyDays, subject, asked] = await Promise.all([
    getTranslations({ locale, namespace: 'enquire' }),
    enquiryFormTexts(locale),
    findReplyBusinessDays(),
    requestedSubject ? findEnquirySubject({ type: requestedType, slug: requestedSubject, locale }) : null,
    requestedSubject ? null : askedItemsPrefill(query[ASKED_ITEMS_PARAM], locale),
  ])
  const initialState: EnquiryFormState = {
    values: { type: asked?.type ?? requestedType, subject: subject?.slug, country: requestedCountry, message: asked?.message },
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
