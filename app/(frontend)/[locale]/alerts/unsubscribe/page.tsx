import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { LINK_PARAMS } from '@/lib/alerts/links'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const RESULTS = ['done', 'invalid'] as const

// The link's key is in the address: never cached, never indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'alerts.unsubscribe' })
  return { title: t('metaTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

/**
 * Where an alert's unsubscribe link leads: one button, which posts to the same endpoint as a mail
 * client's one-click request (app/api/alerts/unsubscribe), then the outcome. A mail scanner opening the
 * link unsubscribes nobody.
 */
export default async function UnsubscribeAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: 'alerts.unsubscribe' }), searchParams])
  const result = RESULTS.find((value) => value === query.result)
  const [subscriber, key] = [query[LINK_PARAMS.subscriber], query[LINK_PARAMS.secret]].map((value) => (typeof value === 'string' ? value : null))
  return (
    <div className="mx-auto max-w-xl px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      {result ? (
        <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {t(result)}
        </p>
      ) : subscriber && key ? (
        <form method="post" action={`/api/alerts/unsubscribe?${new URLSearchParams({ [LINK_PARAMS.subscriber]: subscriber, [LINK_PARAMS.secret]: key })}`} className="mt-6 space-y-5">
          <p className="leading-relaxed text-ink">{t('intro')}</p>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900">
            {t('button')}
          </button>
        </form>
      ) : (
        <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {t('invalid')}
        </p>
      )}
    </div>
  )
}
