import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AlertLinkPage, alertLinkMetadata, type LinkSearchParams } from '@/components/alerts/AlertLinkPage'
import { LINK_PARAMS } from '@/lib/alerts/links'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<LinkSearchParams> }

// The link's secret is in the address: never cached, never indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return alertLinkMetadata((await params).locale, 'alerts.confirm')
}

/** Where a confirmation e-mail's link leads: a button that confirms (POST /api/alerts/confirm), then the outcome. */
export default async function ConfirmAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return (
    <AlertLinkPage
      locale={locale}
      namespace="alerts.confirm"
      query={await searchParams}
      results={['confirmed', 'expired', 'invalid']}
      form={({ subscriber, secret }) => ({ action: '/api/alerts/confirm', hidden: { [LINK_PARAMS.subscriber]: subscriber, [LINK_PARAMS.secret]: secret } })}
      withBackLink
    />
  )
}
