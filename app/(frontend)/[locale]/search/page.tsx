import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SearchResultsView } from '@/components/search/SearchResultsView'
import { UnavailableNotice } from '@/components/UnavailableNotice'
import { findSearchResults } from '@/lib/data/search'
import { DATABASE_UNAVAILABLE, unlessDatabaseUnavailable } from '@/lib/db/databaseUnavailable'
import type { SearchParams } from '@/lib/sections/filters'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { MAX_QUERY_LENGTH, parseSearchRequest } from '@/lib/search/query'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

// Rendered per request; the results are cached data per locale and normalised query (lib/data/search.ts),
// and server.mjs's response cache sends a repeated query's page again for half a second (lib/cache/README.md).
export const dynamic = 'force-dynamic'

async function resolveLocale(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const [t, { query }] = await Promise.all([getTranslations({ locale, namespace: 'search' }), searchParams.then(parseSearchRequest)])
  // Result pages are endless and change with every publication: not for search engines.
  return { title: query ? t('metaTitle', { query }) : t('title'), robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  setRequestLocale(locale)
  const request = parseSearchRequest(await searchParams)
  const [t, tUnavailable, results] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    getTranslations({ locale, namespace: 'unavailable' }),
    // PostgreSQL away: the page answers 503 with the query still in the box, to send again in a moment.
    request.query ? unlessDatabaseUnavailable(() => findSearchResults({ query: request.query, locale, section: request.section })) : null,
  ])

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('title')}</h1>
        <p className="text-lg text-ink-muted">{t('intro')}</p>
      </header>
      <form role="search" method="get" action={`/${locale}/search`} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="search-query" className="text-sm font-medium text-ink">
            {t('label')}
          </label>
          <input
            id="search-query"
            name="q"
            type="search"
            defaultValue={request.query}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t('placeholder')}
            className="mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2 text-base text-ink focus:border-sea-500 focus:outline-none"
          />
        </div>
        {request.section ? <input type="hidden" name="type" value={request.section} /> : null}
        <button type="submit" className="rounded-md bg-sea-700 px-5 py-2 font-semibold text-white hover:bg-sea-900">
          {t('submit')}
        </button>
      </form>
      {request.isClipped ? (
        <p role="note" className="rounded-md border border-sea-200 bg-sea-50 px-4 py-3 text-sm text-sea-900">
          {t('clipped', { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {results === DATABASE_UNAVAILABLE ? (
        <UnavailableNotice title={tUnavailable('title')} body={tUnavailable('search')} />
      ) : results ? (
        <SearchResultsView locale={locale} request={request} results={results} />
      ) : (
        <div className="rounded-xl border border-dashed border-line p-10 text-center">
          <p className="font-medium text-ink">{t('emptyTitle')}</p>
          <p className="mt-2 text-sm text-ink-muted">{t('emptyHint')}</p>
        </div>
      )}
    </div>
  )
}
