import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SupportFinderForm } from '@/components/support/SupportFinderForm'
import { SupportResults } from '@/components/support/SupportResults'
import { UnavailableNotice } from '@/components/UnavailableNotice'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findSlugOptions } from '@/lib/data/options'
import { findSupport } from '@/lib/data/supportFinder'
import { DATABASE_UNAVAILABLE, unlessDatabaseUnavailable } from '@/lib/db/databaseUnavailable'
import { enquiryAboutItemsHref, MAX_ASKED_ITEMS } from '@/lib/enquiries/link'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import type { SearchParams } from '@/lib/sections/filters'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'
import { hasAnswers, parseSupportAnswers } from '@/lib/support/answers'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

// Rendered per request, like the search: the documents it weighs are cached data per section and locale
// (lib/data/supportFinder.ts), matched against the answers here, and server.mjs's response cache sends a
// repeated address's page again for half a second (lib/cache/README.md).
export const dynamic = 'force-dynamic'

/** The question each answer responds to, as the form labels it. */
const QUESTION_KEYS = { industry: 'industry', stage: 'stage', people: 'people', country: 'country' } as const

async function resolveLocale(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const [t, siteName, query] = await Promise.all([getTranslations({ locale, namespace: 'supportFinder' }), findSiteName(locale), searchParams])
  const metadata = pageMetadata({ locale, path: '/support-finder', title: t('title'), description: t('description'), siteName })
  // One page per set of answers, all under the one canonical address: only the questions are for search engines.
  return Object.keys(query).length > 0 ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

export default async function SupportFinderPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  setRequestLocale(locale)
  const query = await searchParams
  const [t, found] = await Promise.all([
    getTranslations({ locale }),
    // PostgreSQL away: the page answers 503 and says so, to try again in a moment.
    unlessDatabaseUnavailable(async () => {
      const industries = await findSlugOptions(COLLECTION_SLUGS.industries, locale)
      const { answers, ignored } = parseSupportAnswers(query, industries)
      return { industries, answers, ignored, groups: await findSupport({ answers, locale }) }
    }),
  ])
  const header = (
    <header className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('supportFinder.title')}</h1>
      <p className="max-w-3xl text-lg text-ink-muted">{t('supportFinder.intro')}</p>
    </header>
  )
  if (found === DATABASE_UNAVAILABLE) {
    return (
      <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6">
        {header}
        <UnavailableNotice title={t('unavailable.title')} body={t('unavailable.list')} />
      </div>
    )
  }
  const { industries, answers, ignored, groups } = found
  const results = groups.flatMap(({ section, results: sectionResults }) => sectionResults.map(({ slug }) => ({ section, slug })))
  const isAnswered = hasAnswers(answers)
  const questions = new Intl.ListFormat(locale, { type: 'conjunction' }).format(ignored.map((answer) => t(`supportFinder.${QUESTION_KEYS[answer]}`)))
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6">
      {header}
      <SupportFinderForm locale={locale} answers={answers} industries={industries} />
      {ignored.length > 0 ? (
        <p role="note" className="rounded-md border border-sea-200 bg-sea-50 px-4 py-3 text-sm text-sea-900">
          {t('supportFinder.ignored', { answers: questions })}
        </p>
      ) : null}
      <div className="space-y-3">
        <p role="status" className="text-lg font-semibold text-ink" data-support-count={results.length}>
          {isAnswered ? t('supportFinder.summary', { count: results.length }) : t('supportFinder.summaryAll', { count: results.length })}
        </p>
        <p className="max-w-3xl text-sm text-ink-muted">{t('supportFinder.howWeMatch')}</p>
        {isAnswered && results.length > 0 ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl bg-sea-50 p-4">
            <a
              href={enquiryAboutItemsHref(locale, { items: results, country: answers.country })}
              aria-describedby="support-ask-hint"
              className="inline-flex min-h-11 items-center rounded-full bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900"
            >
              {t('supportFinder.ask')} →
            </a>
            <p id="support-ask-hint" className="text-sm text-sea-900">
              {t('supportFinder.askHint', { count: Math.min(results.length, MAX_ASKED_ITEMS) })}
            </p>
          </div>
        ) : null}
      </div>
      <SupportResults groups={groups} locale={locale} />
    </div>
  )
}
