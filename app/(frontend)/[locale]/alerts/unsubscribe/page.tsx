import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AlertLinkPage, alertLinkMetadata, type LinkSearchParams } from '@/components/alerts/AlertLinkPage'
import { LINK_PARAMS } from '@/lib/alerts/links'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<LinkSearchParams> }

// The link's key is in the address: never cached, never indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return alertLinkMetadata((await params).locale, 'alerts.unsubscribe')
}

/**
 * Where an alert's unsubscribe link leads: one button, which posts to the same endpoint as a mail client's
 * one-click request (app/api/alerts/unsubscribe), then the outcome.
 */
export default async function UnsubscribeAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return (
    <AlertLinkPage
      locale={locale}
      namespace="alerts.unsubscribe"
      query={await searchParams}
      results={['done', 'invalid']}
      form={({ subscriber, secret }) => ({ action: `/api/alerts/unsubscribe?${new URLSearchParams({ [LINK_PARAMS.subscriber]: subscriber, [LINK_PARAMS.secret]: secret })}`, hidden: {} })}
    />
  )
}
