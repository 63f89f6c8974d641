import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { SiteFrame } from '@/components/SiteFrame'
import { findSite } from '@/lib/data/site'
import { isLocale } from '@/lib/i18n/locales'
import { siteOrigin } from '@/lib/seo/siteUrl'

import { latinFont } from '../fonts'
import '../globals.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages render on their first visit and are then served from the cache until staff publish.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [site, t] = await Promise.all([findSite(locale), getTranslations({ locale, namespace: 'meta' })])
  const siteName = site.name ?? t('defaultSiteName')
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: site.tagline ?? t('description'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const { isEnabled: isPreview } = await draftMode()
  return (
    <html lang={locale} className={latinFont.variable}>
      <body className="flex min-h-screen flex-col antialiased">
        <SiteFrame locale={locale}>{children}</SiteFrame>
        {isPreview ? <LivePreviewRefresh serverURL={await originOf()} /> : null}
      </body>
    </html>
  )
}

/** The origin the admin runs on, for the live preview's messages (same deployment, same origin). */
async function originOf(): Promise<string> {
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost:3000'
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http'
  return process.env.SERVER_URL || `${protocol}://${host}`
}
