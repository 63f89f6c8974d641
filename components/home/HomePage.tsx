import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FigureCharts } from '@/components/charts/FigureCharts'
import { ContentCard } from '@/components/ContentCard'
import { EnquiryBand } from '@/components/enquiry/EnquiryBand'
import { DistrictPanorama } from '@/components/home/DistrictPanorama'
import { KeyFigures } from '@/components/KeyFigures'
import { JsonLd } from '@/components/seo/JsonLd'
import { comparableFigureGroups } from '@/lib/charts/comparableFigures'
import { findBureauContact } from '@/lib/data/bureauContact'
import { type Card, newestPublished } from '@/lib/data/cards'
import { findHome, findHomeCardGroups } from '@/lib/data/home'
import { findSite } from '@/lib/data/site'
import { enquiryHref } from '@/lib/enquiries/link'
import { formatDate } from '@/lib/format/numbers'
import type { Locale } from '@/lib/i18n/locales'
import type { Section } from '@/lib/sections'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'
import { organizationJsonLd } from '@/lib/seo/structuredData'

function CardSection({ title, cards, section, locale, viewAll }: { title: string; cards: Card[]; section: Section; locale: Locale; viewAll: string }) {
  if (cards.length === 0) return null
  return (
    <section className="mx-auto max-w-6xl space-y-5 px-4 sm:px-6">
      <div className="flex items-end justify-between gap-4">
        <h2 className="text-2xl font-bold tracking-tight text-sea-900 sm:text-3xl">{title}</h2>
        <a href={`/${locale}/${section}`} className="-my-2 inline-block shrink-0 py-2 text-sm font-semibold text-sea-700 hover:underline">
          {viewAll}
          <span className="sr-only"> · {title}</span> →
        </a>
      </div>
      {/* Four cards fill a row of four; three columns would leave one alone on the second row. */}
      <ul className={`grid grid-cols-1 gap-6 sm:grid-cols-2 ${cards.length === 4 ? 'lg:grid-cols-4' : 'lg:grid-cols-3'}`}>
        {cards.map((card) => (
          <ContentCard key={card.id} card={card} section={section} locale={locale} />
        ))}
      </ul>
    </section>
  )
}

/** The home page's title (the portal's name alone) and description (the site's tagline). */
export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const [site, siteName, t] = await Promise.all([findSite(locale), findSiteName(locale), getTranslations({ locale, namespace: 'meta' })])
  const metadata = pageMetadata({ locale, path: '/', title: siteName, description: site.tagline ?? t('description'), siteName })
  // The layout's title template would repeat the portal's name.
  return { ...metadata, title: { absolute: siteName } }
}

/** The home page: the promise, the headline figures, what staff feature and the latest news. */
export async function HomePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale)
  const [site, home, bureau, t] = await Promise.all([findSite(locale), findHome(locale), findBureauContact(locale), getTranslations({ locale })])
  const cardGroups = await findHomeCardGroups(home, locale)
  const viewAll = t('home.viewAll')
  const siteName = site.name ?? t('meta.defaultSiteName')
  const hasCharts = comparableFigureGroups(home.headlineFigures).length > 0
  // "Last updated": the newest publish date among the cards the page shows.
  const updated = newestPublished(cardGroups.flatMap((group) => group.cards))
  return (
    <div className="space-y-20 pb-8 sm:space-y-24">
      <JsonLd data={organizationJsonLd({ site, siteName, locale })} />
      <section className="relative isolate overflow-hidden bg-sea-900 text-white">
        <div aria-hidden="true" className="absolute inset-0 -z-10 bg-[radial-gradient(ellipse_at_top_right,var(--color-sea-600),transparent_60%)] opacity-70" />
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold tracking-wide text-sea-100">{site.district ?? t('home.eyebrow')}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">{siteName}</h1>
          <p className="mt-6 max-w-4xl text-2xl leading-snug font-semibold text-balance sm:text-3xl">{home.heroTitle ?? site.tagline}</p>
          {home.heroText ? <p className="mt-5 max-w-3xl text-base leading-relaxed text-sea-50 sm:text-lg">{home.heroText}</p> : null}
          <div className="mt-9 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
            <a
              href={enquiryHref(locale)}
              className="inline-flex min-h-12 items-center justify-center rounded-full bg-white px-6 py-3 text-base font-semibold text-sea-900 shadow-sm transition hover:bg-sea-50 focus-visible:outline-white"
            >
              {t('home.contactTitle')} →
            </a>
            <a
              href={`/${locale}/projects`}
              className="inline-flex min-h-12 items-center justify-center rounded-full border border-white/60 px-6 py-3 text-base font-semibold text-white transition hover:bg-white/10 focus-visible:outline-white"
            >
              {t('pages.browseProjects')}
            </a>
            <a
              href={`/${locale}/support-finder`}
              className="inline-flex min-h-12 items-center justify-center rounded-full border border-white/60 px-6 py-3 text-base font-semibold text-white transition hover:bg-white/10 focus-visible:outline-white"
            >
              {t('supportFinder.title')}
            </a>
          </div>
          <p className="mt-4 text-sm text-sea-100">{t('pages.replyWithin', { days: bureau.responseBusinessDays })}</p>
          {updated ? (
            <p className="mt-1 text-sm text-sea-100" data-updated>
              {t('detail.updatedOn', { date: formatDate(updated, locale) })}
            </p>
          ) : null}
        </div>
        <DistrictPanorama className="pointer-events-none block h-auto w-full lg:absolute lg:right-0 lg:bottom-0 lg:-z-10 lg:w-1/2" />
      </section>

      {home.headlineFigures.length > 0 ? (
        <section className="mx-auto max-w-6xl space-y-6 px-4 sm:px-6" aria-labelledby="figures-title">
          <h2 id="figures-title" className="text-2xl font-bold tracking-tight text-sea-900 sm:text-3xl">
            {t('home.figuresTitle')}
          </h2>
          <div className={hasCharts ? 'grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start' : undefined}>
            <KeyFigures figures={home.headlineFigures} locale={locale} />
            <FigureCharts figures={home.headlineFigures} locale={locale} />
          </div>
        </section>
      ) : null}

      {cardGroups.map((group) => (
        <CardSection key={group.section} title={t(group.titleKey)} cards={group.cards} section={group.section} locale={locale} viewAll={viewAll} />
      ))}
      <EnquiryBand bureau={bureau} locale={locale} />
    </div>
  )
}
