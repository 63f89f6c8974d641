import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { findSiteName } from '@/lib/seo/siteName'

const knownLocale = (requested: string | undefined): Locale => (requested && isLocale(requested) ? requested : DEFAULT_LOCALE)

/**
 * The title of a page of a known route that found nothing to show (an unknown slug, a wrong key). Next
 * reads it from this file instead of the page's metadata, after the layout's, so the head holds one title.
 * The locale comes from the segment's params: reading the request's headers would make a cached page dynamic.
 */
export async function generateMetadata({ params }: { params: Promise<{ locale?: string }> }): Promise<Metadata> {
  const locale = knownLocale((await params).locale)
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'notFound' }), findSiteName(locale)])
  return { title: { absolute: `${t('title')} · ${siteName}` }, robots: { index: false } }
}

export default async function LocaleNotFound() {
  return <NotFoundMessage locale={knownLocale(await getLocale())} />
}
