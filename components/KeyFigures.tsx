import { getTranslations } from 'next-intl/server'

import { formatFigure, formatMoney } from '@/lib/format/numbers'
import type { Locale } from '@/lib/i18n/locales'

export type KeyFigure = {
  id?: string | null
  value: number
  unit?: string | null
  /** Set when the value is an amount of money, in full units of this currency. */
  currency?: string | null
  label: string
  year?: number | null
  approx?: boolean | null
  source?: string | null
}

/**
 * Figures as an investor reads them: the number large with its unit or currency, what it measures, and
 * the year and source it comes from, so that a figure can be checked and quoted.
 */
export async function KeyFigures({ figures, locale }: { figures: KeyFigure[]; locale: Locale }) {
  if (figures.length === 0) return null
  const t = await getTranslations({ locale })
  return (
    <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
      {figures.map((figure, index) => (
        <div key={figure.id ?? index} className="flex min-w-0 flex-col rounded-xl border border-line bg-paper p-4 sm:p-5">
          <dt className="order-2 mt-2 text-sm leading-snug text-ink">{figure.label}</dt>
          <dd className="order-1 text-sea-900">
            {figure.approx ? <span className="block text-sm text-ink-muted">{t('facts.approx')}</span> : null}
            <span className="text-2xl font-bold tabular-nums tracking-tight sm:text-3xl">
              {figure.currency ? formatMoney(figure.value, figure.currency, locale) : formatFigure(figure.value, locale)}
              {/* A per cent sign belongs to its number in all four languages; other units are words. */}
              {figure.unit === '%' && !figure.currency ? '%' : null}
            </span>
            {figure.unit && figure.unit !== '%' && !figure.currency ? (
              // The space lets a long unit ("people") wrap below its number in a narrow card.
              <> <span className="text-base font-medium">{figure.unit}</span></>
            ) : null}
          </dd>
          {figure.year || figure.source ? (
            <dd className="order-3 mt-auto pt-3 text-xs leading-snug text-ink-muted">
              {[figure.year ? t('pages.figureYear', { year: String(figure.year) }) : null, figure.source ? t('facts.source', { source: figure.source }) : null]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}
