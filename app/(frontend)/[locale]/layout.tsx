import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { ErrorTextsProvider } from '@/components/ErrorTexts'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { findSite } from '@/lib/data/site'
import { isLocale } from '@/lib/i18n/locales'
import { siteOrigin } from '@/lib/seo/siteUrl'

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
  const [site, t] = await Promise.all([findSite(locale), getTranslations({ locale })])
  const siteName = site.name ?? t('meta.defaultSiteName')
  const { isEnabled: isPreview } = await draftMode()
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-paper focus:px-3 focus:py-2">
          {t('nav.skipToContent')}
        </a>
        <ErrorTextsProvider texts={{ title: t('error.title'), body: t('error.body'), retry: t('error.retry') }}>
          <SiteHeader siteName={siteName} locale={locale} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
        </ErrorTextsProvider>
        {isPreview ? <LivePreviewRefresh serverURL={await originOf()} /> : null}
        <SiteFooter siteName={siteName} district={site.district ?? t('footer.rights')} note={site.footerNote} />
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
