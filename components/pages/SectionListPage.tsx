import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ContentCard } from '@/components/ContentCard'
import { ActiveFilters } from '@/components/lists/ActiveFilters'
import { filterFieldsOf } from '@/components/lists/filterFields'
import { FilterForm } from '@/components/lists/FilterForm'
import { Pagination } from '@/components/lists/Pagination'
import { UnavailableNotice } from '@/components/UnavailableNotice'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findPublishedCards, newestPublished } from '@/lib/data/cards'
import { findSlugOptions } from '@/lib/data/options'
import { formatDate } from '@/lib/format/numbers'
import { DATABASE_UNAVAILABLE, unlessDatabaseUnavailable } from '@/lib/db/databaseUnavailable'
import { type ParsedFilters, parseFilters, type SearchParams } from '@/lib/sections/filters'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { isTypedFilter } from '@/lib/lists/listParams'
import { isSection, type Section, SECTIONS } from '@/lib/sections'
import { listPath } from '@/lib/seo/listPath'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'

const PAGE_SIZE = 12

/** The locale and section of a list route (`/{locale}/{section}`, `/{locale}/lists/{section}/…`), or not found. */
export async function resolveListRoute<P extends { locale: string; section: string }>(params: Promise<P>): Promise<P & { locale: Locale; section: Section }> {
  const resolved = await params
  if (!isLocale(resolved.locale) || !isSection(resolved.section)) notFound()
  return resolved as P & { locale: Locale; section: Section }
}

/** A list page's title, description and canonical path, for the filters it shows. */
export async function sectionListMetadata(locale: Locale, section: Section, searchParams: SearchParams): Promise<Metadata> {
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'sections' }), findSiteName(locale)])
  return pageMetadata({
    locale,
    path: listPath(section, searchParams),
    title: t(`${section}.title`),
    description: t(`${section}.intro`),
    siteName,
  })
}

type SectionListProps = {
  locale: Locale
  section: Section
  searchParams: SearchParams
  /** A cached combination (`lists/[section]/[filters]`): one with a value that names nothing is redirected. */
  isCachedCombination?: boolean
}

/**
 * Sends a cached combination holding a choice that names nothing (an unknown industry, a page past the
 * last) to the list without it, and one written in another case (`?stage=Operating`, `?country=kr`) to
 * the list as the filter form writes it. The rewrites check only a value's shape, so without this every
 * typed-in value would become a cached page of its own; a redirect is not kept (lib/cache/storable.mjs).
 */
function redirectUnknownChoices(locale: Locale, section: Section, searchParams: SearchParams, filters: ParsedFilters, totalPages: number | null) {
  const isKnown = (param: string) =>
    param === 'page' || filters.active.some((filter) => filter.param === param && filter.value === searchParams[param])
  // No total when there are more matches than are counted: then one follows this page.
  const isPastLastPage = totalPages !== null && filters.page > Math.max(totalPages, 1)
  if (Object.keys(searchParams).every(isKnown) && !isPastLastPage) return
  const kept = new URLSearchParams(filters.active.map(({ param, value }) => [param, value]))
  if (filters.page > 1 && !isPastLastPage) kept.set('page', String(filters.page))
  redirect(`/${locale}/${section}${kept.size > 0 ? `?${kept}` : ''}`)
}

async function findList({ locale, section, searchParams }: SectionListProps) {
  const [industries, areas] = await Promise.all([
    findSlugOptions(COLLECTION_SLUGS.industries, locale),
    findSlugOptions(COLLECTION_SLUGS.areas, locale),
  ])
  const filters = parseFilters(SECTIONS[section].filters, searchParams, { industries, areas })
  const result = await findPublishedCards({
    collection: SECTIONS[section].collection,
    locale,
    where: filters.where,
    page: filters.page,
    limit: PAGE_SIZE,
    sort: SECTIONS[section].sort,
    isCached: !filters.active.some(({ param }) => isTypedFilter(param)),
  })
  return { industries, areas, filters, result }
}

export async function SectionList(props: SectionListProps) {
  const { locale, section, searchParams, isCachedCombination = false } = props
  setRequestLocale(locale)
  // Only a list filtered by what was typed is rendered per request: a cached one must not be cached
  // saying "unavailable", so it throws, and Next keeps serving its last good copy (or answers 503).
  const isTyped = Object.keys(searchParams).some(isTypedFilter)
  const [t, list] = await Promise.all([getTranslations({ locale }), isTyped ? unlessDatabaseUnavailable(() => findList(props)) : findList(props)])
  const action = `/${locale}/${section}`
  const header = (
    <header className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t(`sections.${section}.title`)}</h1>
      <p className="max-w-3xl text-lg text-ink-muted">{t(`sections.${section}.intro`)}</p>
    </header>
  )
  if (list === DATABASE_UNAVAILABLE) {
    // The page answers 503; the form keeps what was typed (the choices that need the database are gone
    // with it), to send again in a moment.
    const noOptions = { industries: [], areas: [] }
    return (
      <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6">
        {header}
        <FilterForm fields={filterFieldsOf(section, { locale, ...noOptions })} active={parseFilters(SECTIONS[section].filters, searchParams, noOptions).active} action={action} locale={locale} />
        <UnavailableNotice title={t('unavailable.title')} body={t('unavailable.list')} />
      </div>
    )
  }
  const { industries, areas, filters, result } = list
  if (isCachedCombination) redirectUnknownChoices(locale, section, searchParams, filters, result.totalPages)
  const fields = filterFieldsOf(section, { locale, industries, areas })
  // "Last updated": the newest publish date among the cards shown.
  const updated = newestPublished(result.cards)

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6">
      {header}
      {updated ? (
        <p className="-mt-5 text-sm text-ink-muted" data-updated>
          {t('detail.updatedOn', { date: formatDate(updated, locale) })}
        </p>
      ) : null}
      <FilterForm fields={fields} active={filters.active} action={action} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-ink" role="status">
          {t(result.isCapped ? 'list.countCapped' : 'list.count', { count: result.totalDocs })}
        </p>
        <ActiveFilters active={filters.active} fields={fields} action={action} locale={locale} />
      </div>
      {result.cards.length > 0 ? (
        <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {result.cards.map((card) => (
            <ContentCard key={card.id} card={card} section={section} locale={locale} headingLevel={2} />
          ))}
        </ul>
      ) : (
        <div className="rounded-xl border border-dashed border-line p-10 text-center">
          <p className="font-medium text-ink">{t('list.empty')}</p>
          <p className="mt-2 text-sm text-ink-muted">{t(filters.isRangeReversed ? 'list.rangeReversed' : 'list.emptyHint')}</p>
        </div>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} hasNextPage={result.hasNextPage} active={filters.active} action={action} locale={locale} />
    </div>
  )
}
