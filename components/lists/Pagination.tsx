import { getTranslations } from 'next-intl/server'

import type { ActiveFilter } from '@/lib/sections/filters'
import type { Locale } from '@/lib/i18n/locales'

/** `totalPages` is null when the matches were too many to count (lib/data/cards.ts, LIST_COUNT_CAP). */
type Props = { page: number; totalPages: number | null; hasNextPage: boolean; active: ActiveFilter[]; action: string; locale: Locale }

/** Previous and next as real links that keep the filters. */
export async function Pagination({ page, totalPages, hasNextPage, active, action, locale }: Props) {
  if (page === 1 && !hasNextPage) return null
  const t = await getTranslations({ locale, namespace: 'list' })
  const hrefOf = (target: number) => {
    const query = new URLSearchParams(active.map((filter) => [filter.param, filter.value]))
    if (target > 1) query.set('page', String(target))
    return query.size ? `${action}?${query}` : action
  }
  const linkClass = 'rounded-md border border-line px-4 py-2 text-sm font-medium text-sea-700 hover:bg-sea-50'
  return (
    <nav aria-label={t('pagination')} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={hrefOf(page - 1)} rel="prev" className={linkClass}>
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span className="text-sm text-ink-muted">{totalPages === null ? t('page', { page }) : t('pageOf', { page, pages: totalPages })}</span>
      {hasNextPage ? (
        <a href={hrefOf(page + 1)} rel="next" className={linkClass}>
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
