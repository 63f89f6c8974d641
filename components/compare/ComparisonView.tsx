import { getTranslations } from 'next-intl/server'

import { Unbroken } from '@/components/Unbroken'
import { rateNote } from '@/lib/currency/convert'
import { hasMarkedConversion } from '@/lib/currency/marked'
import { findComparison } from '@/lib/data/comparison'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { compareHref, factSheetHref, type ComparedFact, type ComparedItem, itemKey, MAX_COMPARED_ITEMS } from '@/lib/sections/compare'
import { absoluteUrl } from '@/lib/seo/siteUrl'

type Row = { row: string; label: ComparedFact['label']; cells: (ComparedFact | null)[]; isDifferent: boolean }

/**
 * The comparison's rows: every fact any column has, in the order the columns first show them. A row
 * differs where two columns state different values: one that does not state it (an area has no stage)
 * is no difference, or a comparison across sections would mark every row.
 */
function rowsOf(columns: { facts: ComparedFact[] }[]): Row[] {
  const rows = new Map<string, ComparedFact['label']>()
  for (const column of columns) for (const fact of column.facts) if (!rows.has(fact.row)) rows.set(fact.row, fact.label)
  return [...rows].map(([row, label]) => {
    const cells = columns.map((column) => column.facts.find((fact) => fact.row === row) ?? null)
    const stated = new Set(cells.flatMap((cell) => (cell ? [`${cell.value}\n${cell.note ?? ''}`] : [])))
    return { row, label, cells, isDifferent: stated.size > 1 }
  })
}

type Props = { locale: Locale; items: ComparedItem[]; dropped: number }

/**
 * The comparison page's content: a notice for what was left out, the side-by-side table (scrolling
 * sideways inside its own region on a phone), and the address to share. The same for the cached route and
 * the per-request page; `dropped` counts what the address named that the table does not show.
 */
export async function ComparisonView({ locale, items, dropped }: Props) {
  const t = await getTranslations({ locale })
  const translate = (key: Parameters<typeof t>[0], values?: Record<string, string | number>) => t(key, values)
  const { columns, missing, pageRate } = await findComparison({ items, locale, t: translate })
  // The rate's date and source, once under the table, where an amount in yuan is converted (components/currency/).
  const hasYuanAmounts = columns.some((column) => column.facts.some((fact) => hasMarkedConversion(fact.value)))
  const rows = rowsOf(columns)
  const keys = columns.map(itemKey)
  const leftOut = dropped + missing.length

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-sea-900 sm:text-4xl">{t('compare.title')}</h1>
        <p className="max-w-3xl text-lg text-ink-muted">{t('compare.intro', { max: MAX_COMPARED_ITEMS })}</p>
      </header>
      {leftOut > 0 ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-ink" data-compare-notice>
          {t('compare.dropped', { count: leftOut, max: MAX_COMPARED_ITEMS })}
        </p>
      ) : null}
      {columns.length === 0 ? (
        <div className="rounded-xl border border-dashed border-line p-10 text-center">
          <p className="font-medium text-ink">{t('compare.emptyTitle')}</p>
          <p className="mt-2 text-sm text-ink-muted">{t('compare.emptyHint')}</p>
          <a href={`/${locale}/shortlist`} className="mt-4 inline-block font-semibold text-sea-700 underline">
            {t('shortlist.title')}
          </a>
        </div>
      ) : (
        <>
          {columns.length === 1 ? <p className="text-sm text-ink-muted">{t('compare.addMore')}</p> : null}
          <div role="region" aria-labelledby="comparison-caption" tabIndex={0} className="compare-scroll relative overflow-x-auto rounded-xl border border-line focus-visible:outline-3 focus-visible:outline-sea-500">
            <table className="compare-table w-full border-collapse text-left text-sm">
              <caption id="comparison-caption" className="sr-only">
                {t('compare.caption', { count: columns.length })}
              </caption>
              <thead className="bg-sand align-bottom">
                <tr>
                  <td className="w-40 min-w-32 border-b border-line p-3" />
                  {columns.map((column) => (
                    <th key={itemKey(column)} scope="col" className="min-w-40 border-b border-l border-line p-3 font-normal">
                      <span className="block text-xs font-semibold tracking-wide text-sea-600 uppercase">{t(`nav.${column.section}`)}</span>
                      <a href={column.href} lang={column.isTitleFallback ? DEFAULT_LOCALE : undefined} className="mt-1 block text-base font-semibold text-sea-900 underline-offset-2 hover:underline">
                        {column.title}
                      </a>
                      <a
                        href={compareHref(locale, keys.filter((key) => key !== itemKey(column)))}
                        className="compare-remove mt-2 inline-block py-1 text-xs font-medium text-sea-700 underline"
                      >
                        {t('compare.remove')}
                        <span className="sr-only">: {column.title}</span>
                      </a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.row} data-differs={row.isDifferent ? '' : undefined} className={row.isDifferent ? 'bg-amber-50' : undefined}>
                    <th scope="row" className="w-40 min-w-32 border-b border-line p-3 align-top font-medium text-ink">
                      {'key' in row.label ? t(row.label.key) : row.label.text}
                      {row.isDifferent ? (
                        <span className="mt-1 block text-xs font-semibold text-amber-900">
                          <span aria-hidden="true">≠ </span>
                          {t('compare.differs')}
                        </span>
                      ) : null}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={itemKey(columns[index])} className="min-w-40 border-b border-l border-line p-3 align-top text-ink">
                        {cell ? (
                          <>
                            {cell.href ? (
                              <a href={cell.href} className="text-sea-700 underline">
                                <Unbroken text={cell.value} />
                              </a>
                            ) : (
                              <Unbroken text={cell.value} />
                            )}
                            {cell.note ? <span className="mt-1 block text-xs text-ink-muted">{cell.note}</span> : null}
                          </>
                        ) : (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="sr-only">{t('compare.notStated')}</span>
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pageRate && hasYuanAmounts ? (
            <p data-rate-note hidden={!pageRate.rate} className="text-xs leading-snug text-ink-muted">
              {pageRate.rate ? rateNote(pageRate.rate, locale, translate) : ''}
            </p>
          ) : null}
          <section aria-labelledby="share-title" className="space-y-2">
            <h2 id="share-title" className="text-lg font-bold text-sea-900">
              {t('compare.shareTitle')}
            </h2>
            <p className="text-sm text-ink-muted">{t('compare.shareHint')}</p>
            <a href={compareHref(locale, keys)} className="block text-sm break-all text-sea-700 underline" data-share-link>
              {absoluteUrl(compareHref(locale, keys))}
            </a>
            <a href={factSheetHref(locale, keys)} type="application/pdf" className="inline-block py-2 text-sm print:hidden font-semibold text-sea-700 underline" data-factsheet-link>
              {t('factsheet.download')}
            </a>
          </section>
        </>
      )}
    </div>
  )
}
