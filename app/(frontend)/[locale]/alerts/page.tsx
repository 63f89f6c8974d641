import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AlertForm } from '@/components/alerts/AlertForm'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { AlertFormState } from '@/lib/alerts/formState'
import { CONFIRMATION_LINK_HOURS } from '@/lib/alerts/links'
import { ALERT_FREQUENCIES } from '@/lib/constants/options'
import { findSlugOptions } from '@/lib/data/options'
import { isLocale, LOCALES } from '@/lib/i18n/locales'
import { ALERT_SECTIONS } from '@/lib/sections'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'
import { subscribeToAlerts } from './actions'

type Props = { params: Promise<{ locale: string }> }

// A form that posts to its own address (components/forms/usePageActionState.ts) reads it per request, as the other forms do.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'alerts' }), findSiteName(locale)])
  return pageMetadata({ locale, path: '/alerts', title: t('metaTitle'), description: t('intro'), siteName })
}

const INITIAL_STATE: AlertFormState = { values: { email: '', kinds: [], industries: [], frequency: 'instant', consent: false }, fieldErrors: {}, formError: null, sentTo: null }

/** `/{locale}/alerts`: subscribe to e-mail alerts of new content, in the page's language (lib/alerts). */
export default async function AlertsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, nav, industries] = await Promise.all([
    getTranslations({ locale, namespace: 'alerts' }),
    getTranslations({ locale, namespace: 'nav' }),
    findSlugOptions(COLLECTION_SLUGS.industries, locale),
  ])
  const language = LOCALES.find(({ code }) => code === locale)?.label ?? locale
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-muted">{t('intro')}</p>
      <AlertForm
        action={subscribeToAlerts.bind(null, locale)}
        initialState={INITIAL_STATE}
        kindOptions={ALERT_SECTIONS.map((section) => ({ value: section, label: nav(section) }))}
        industryOptions={industries.map((industry) => ({ value: industry.slug, label: industry.title }))}
        frequencyOptions={ALERT_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(frequency) }))}
        privacyHref={`/${locale}/privacy`}
        texts={{
          email: t('email'),
          kinds: t('kinds'),
          kindsHint: t('kindsHint'),
          industries: t('industries'),
          industriesHint: t('industriesHint'),
          frequency: t('frequency'),
          language: t('language', { language }),
          consent: t('consent'),
          privacy: t('privacy'),
          privacyLink: t('privacyLink'),
          submit: t('submit'),
          honeypot: t('honeypot'),
          sent: t('sent', { email: '{email}', hours: CONFIRMATION_LINK_HOURS }),
          summaryFields: { email: t('summaryFields.email'), kinds: t('summaryFields.kinds'), industries: t('summaryFields.industries'), frequency: t('summaryFields.frequency'), consent: t('summaryFields.consent') },
          summaryItem: t.raw('errors.item') as string,
        }}
      />
    </div>
  )
}
