import { getTranslations } from 'next-intl/server'

import type { SearchResults } from '@/lib/data/search'
import type { Locale } from '@/lib/i18n/locales'
import { countMessage } from '@/lib/search/counts'
import type { SearchRequest } from '@/lib/search/query'
import { Highlighted } from './Highlighted'

type Props = { locale: Locale; request: SearchRequest; results: SearchResults }

/** The results of a search, a section per group with its count ("1,000+" past the cap); or why there are none. */
export async function SearchResultsView({ locale, request, results }: Props) {
  const t = await getTranslations({ locale })
  const searchUrl = (params: Record<string, string>) => `/${locale}/search?${new URLSearchParams({ q: request.query, ...params })}`

  if (results.total === 0) {
    return (
      <div className="rounded-xl border border-dashed border-line p-6 text-center sm:p-10">
        <p role="status" className="font-medium wrap-anywhere text-ink">
          {t('search.noResults', { query: request.query })}
        </p>
        <p className="mt-2 text-sm text-ink-muted">{t('search.noResultsHint')}</p>
      </div>
    )
  }

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm font-medium text-ink">
          {t(`search.${countMessage('summary', results.isCapped)}`, { query: request.query, count: results.total })}
        </p>
        {request.section ? (
          <a href={searchUrl({})} className="text-sm text-sea-700 underline">
            {t('search.allResults')}
          </a>
        ) : null}
      </div>
      <div role="group" aria-label={t('search.groups')} className="space-y-10">
        {results.groups.map((group) => (
          <section key={group.section} aria-labelledby={`results-${group.section}`} data-section={group.section} className="space-y-3">
            <h2 id={`results-${group.section}`} className="flex items-baseline gap-3 border-b border-line pb-2 text-xl font-semibold text-sea-900">
              {t(`nav.${group.section}`)}
              <span className="text-sm font-normal text-ink-muted">{t(`search.${countMessage('groupCount', group.isCapped)}`, { count: group.total })}</span>
            </h2>
            <ul className="space-y-5">
              {group.hits.map((hit) => (
                <li key={hit.href}>
                  <h3 className="text-lg font-semibold leading-snug">
                    <a href={hit.href} className="text-sea-700 hover:underline">
                      <Highlighted segments={hit.title} />
                    </a>
                  </h3>
                  {hit.snippet.length > 0 ? (
                    <p className="mt-1 text-sm leading-relaxed text-ink-muted">
                      <Highlighted segments={hit.snippet} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
            {!request.section && group.total > group.hits.length ? (
              <a href={searchUrl({ type: group.section })} className="inline-block text-sm font-medium text-sea-700 underline">
                {t(`search.${countMessage('showAll', group.isCapped)}`, { count: group.total })}
              </a>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  )
}
