import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { SiteFrame } from '@/components/SiteFrame'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'

import { latinFont } from './(frontend)/fonts'
import './(frontend)/globals.css'

/** The locale the proxy found in the URL (`/ja/…`), else the default one. */
async function requestedLocale(): Promise<Locale> {
  const locale = await getLocale()
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestedLocale(), namespace: 'notFound' })
  return { title: t('title') }
}

/**
 * A URL that no route claims (`/ja/no-such-page`). Next renders this file on the server with a 404, in
 * the language of the URL's locale, in the portal's frame so that the visitor can go on from it.
 */
export default async function GlobalNotFound() {
  const locale = await requestedLocale()
  return (
    <html lang={locale} className={latinFont.variable}>
      <body className="flex min-h-screen flex-col antialiased">
        <SiteFrame locale={locale}>
          <NotFoundMessage locale={locale} />
        </SiteFrame>
      </body>
    </html>
  )
}
