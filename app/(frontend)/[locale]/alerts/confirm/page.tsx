import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { LINK_PARAMS } from '@/lib/alerts/links'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const RESULTS = ['confirmed', 'expired', 'invalid'] as const

// The link's secret is in the address: never cached, never indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'alerts.confirm' })
  return { title: t('metaTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

/**
 * Where a confirmation e-mail's link leads: a button that confirms (a POST, so that a mail scanner opening
 * the link confirms nothing), then the outcome.
 */
export default async function ConfirmAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: 'alerts.confirm' }), searchParams])
  const result = RESULTS.find((value) => value === query.result)
  const [subscriber, secret] = [query[LINK_PARAMS.subscriber], query[LINK_PARAMS.secret]].map((value) => (typeof value === 'string' ? value : null))
  return (
    <div className="mx-auto max-w-xl px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      {result ? (
        <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {t(result)}
        </p>
      ) : subscriber && secret ? (
        <form method="post" action="/api/alerts/confirm" className="mt-6 space-y-5">
          <p className="leading-relaxed text-ink">{t('intro')}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name={LINK_PARAMS.subscriber} value={subscriber} />
          <input type="hidden" name={LINK_PARAMS.secret} value={secret} />
          <button type="submit" className="rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900">
            {t('button')}
          </button>
        </form>
      ) : (
        <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {t('invalid')}
        </p>
      )}
      <p className="mt-6 text-sm">
        <Link href={`/${locale}/alerts`} className="font-semibold text-sea-700 underline">
          {t('back')}
        </Link>
      </p>
    </div>
  )
}
