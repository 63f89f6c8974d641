import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { findSiteName } from '@/lib/seo/siteName'

async function requestLocale(): Promise<Locale> {
  const requested = await getLocale()
  return isLocale(requested) ? requested : DEFAULT_LOCALE
}

/**
 * The title of a page of a known route that found nothing to show (an unknown slug, a wrong key). Next
 * reads it from this file instead of the page's metadata, after the layout's, so the head holds one title.
 */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale()
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'notFound' }), findSiteName(locale)])
  return { title: { absolute: `${t('title')} · ${siteName}` }, robots: { index: false } }
}

export default async function LocaleNotFound() {
  return <NotFoundMessage locale={await requestLocale()} />
}
