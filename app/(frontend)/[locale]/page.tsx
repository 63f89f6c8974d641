import { getTranslations, setRequestLocale } from 'next-intl/server'

import { findSite } from '@/lib/data/site'
import { type Locale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [site, t] = await Promise.all([findSite(locale), getTranslations({ locale })])
  return (
    <section className="bg-gradient-to-b from-sea-50 to-paper">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
        <p className="text-sm font-semibold tracking-wide text-sea-600">{t('home.eyebrow')}</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-sea-900 sm:text-5xl">
          {site.name ?? t('meta.defaultSiteName')}
        </h1>
        {site.tagline ? <p className="mt-4 max-w-2xl text-xl text-ink">{site.tagline}</p> : null}
        <p className="mt-6 max-w-2xl text-base leading-relaxed text-ink-muted">{t('home.intro')}</p>
      </div>
    </section>
  )
}
