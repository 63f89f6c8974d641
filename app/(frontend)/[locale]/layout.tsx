import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { findSite } from '@/lib/data/site'
import { isLocale } from '@/lib/i18n/locales'

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
    title: { default: siteName, template: `%s · ${siteName}` },
    description: site.tagline ?? t('description'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [site, t, messages] = await Promise.all([findSite(locale), getTranslations({ locale }), getMessages({ locale })])
  const siteName = site.name ?? t('meta.defaultSiteName')
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-paper focus:px-3 focus:py-2">
          {t('nav.skipToContent')}
        </a>
        <NextIntlClientProvider locale={locale} messages={{ error: messages.error }}>
          <SiteHeader siteName={siteName} languageLabel={t('nav.language')} />
          <main id="main" className="flex-1">
            {children}
          </main>
        </NextIntlClientProvider>
        <SiteFooter siteName={siteName} district={t('footer.rights')} />
      </body>
    </html>
  )
}
