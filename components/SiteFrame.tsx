import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { findSite } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/locales'
import { ReaderCurrency } from './currency/ReaderCurrency'
import { ErrorTextsProvider } from './ErrorTexts'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * What surrounds every portal page, the not-found page of an unknown path among them: the skip link, the
 * header with the sections, search and languages, the main landmark and the footer, and the amounts in
 * the reader's chosen currency.
 */
export async function SiteFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [site, t] = await Promise.all([findSite(locale), getTranslations({ locale })])
  const siteName = site.name ?? t('meta.defaultSiteName')
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-paper focus:px-3 focus:py-2">
        {t('nav.skipToContent')}
      </a>
      <ErrorTextsProvider texts={{ title: t('error.title'), body: t('error.body'), retry: t('error.retry') }}>
        <SiteHeader siteName={siteName} locale={locale} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
      </ErrorTextsProvider>
      <SiteFooter locale={locale} site={site} bureauName={site.bureauName ?? siteName} district={site.district ?? t('footer.rights')} />
      <ReaderCurrency locale={locale} />
    </>
  )
}
