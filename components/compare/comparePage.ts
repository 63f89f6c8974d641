import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { isLocale, type Locale } from '@/lib/i18n/locales'

export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/**
 * A comparison is a visitor's own choice of documents, each with a page of its own: not for search
 * engines (noindex), but its links may be followed.
 */
export async function compareMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'compare' })
  return { title: t('title'), robots: { index: false, follow: true } }
}
