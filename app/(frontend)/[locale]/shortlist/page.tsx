import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ShortlistItems } from '@/components/shortlist/ShortlistItems'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { COMPARABLE_SECTIONS, MAX_COMPARED_ITEMS } from '@/lib/sections/compare'

type Props = { params: Promise<{ locale: string }> }

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** The page is the same for everyone (the browser fills in its own shortlist), so it is cached like the others. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'shortlist' })
  // Every visitor's shortlist is their own: nothing here for search engines.
  return { title: t('title'), robots: { index: false, follow: true } }
}

export default async function ShortlistPage({ params }: Props) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale })
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('shortlist.title')}</h1>
        <p className="text-lg text-ink-muted">{t('shortlist.intro')}</p>
      </header>
      <ShortlistItems
        locale={locale}
        sectionLabels={Object.fromEntries(COMPARABLE_SECTIONS.map((section) => [section, t(`nav.${section}`)]))}
        texts={{
          needsScript: t('shortlist.needsScript'),
          emptyTitle: t('shortlist.emptyTitle'),
          emptyHint: t('shortlist.emptyHint'),
          compare: t('shortlist.compare'),
          tooMany: t('shortlist.tooMany', { max: MAX_COMPARED_ITEMS }),
          remove: t('shortlist.remove'),
        }}
      />
    </div>
  )
}
