import { getTranslations } from 'next-intl/server'

import type { Precision } from '@/lib/constants/options'
import { convertedText } from '@/lib/currency/convert'
import { type CurrencyChoice, findPageRate } from '@/lib/data/exchangeRate'
import type { Locale } from '@/lib/i18n/locales'
import { figureText } from '@/lib/sections/facts'
import { Unbroken } from './Unbroken'

export type KeyFigure = {
  id?: string | null
  value: number
  unit?: string | null
  /** Set when the value is an amount of money, in full units of this currency. */
  currency?: string | null
  label: string
  year?: number | null
  /** Whether the year is the year the figure was reached or a target year. */
  period?: 'year' | 'target' | null
  precision?: Precision | null
  source?: string | null
}

/**
 * A figure's size in a card half a phone wide (about 140 px of text): smaller where one word of its unit
 * would not fit at the full size ("3 kindergartens"), so that it needs neither a break inside the word
 * nor a hyphenation dictionary the phone may lack.
 */
const phoneSize = (text: string) => (Math.max(...text.split(/\s+/).map((word) => word.length)) >= 12 ? 'text-lg' : 'text-2xl')

/**
 * Figures as an investor reads them: the number large, written as precisely as its source knows it, what
 * it measures, and the year (or target year) and source it comes from, so that a figure can be checked and
 * quoted; an amount in yuan also at the page's rate (the locale's default, or the currency the address
 * names), which the reader's choice of currency rewrites.
 */
export async function KeyFigures({ figures, locale, currency = null }: { figures: KeyFigure[]; locale: Locale; currency?: CurrencyChoice | null }) {
  if (figures.length === 0) return null
  const [t, pageRate] = await Promise.all([getTranslations({ locale }), findPageRate(locale, currency)])
  const rate = pageRate?.rate ?? null
  return (
    <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
      {figures.map((figure, index) => {
        const text = figureText(figure, locale, t)
        return (
          <div key={figure.id ?? index} className="flex min-w-0 flex-col rounded-xl border border-line bg-paper p-4 sm:p-5" data-figure>
            <dt className="order-2 mt-2 text-sm leading-snug text-ink">{figure.label}</dt>
            <dd className={`order-1 font-bold tabular-nums tracking-tight hyphens-auto text-sea-900 [overflow-wrap:break-word] sm:text-3xl ${phoneSize(text)}`} data-figure-value>
              <Unbroken text={text} breakAtSpaces />
            </dd>
            {pageRate && figure.currency === 'CNY' ? (
              <dd className="order-1 mt-1 text-sm text-ink-muted empty:hidden" data-yuan={figure.value}>
                {rate ? <Unbroken text={convertedText(figure.value, rate, locale, t)} /> : null}
              </dd>
            ) : null}
            {figure.year || figure.source ? (
              <dd className="order-3 mt-auto pt-3 text-xs leading-snug text-ink-muted" data-figure-period>
                {[
                  figure.year ? t('pages.figurePeriod', { year: String(figure.year), kind: figure.period ?? 'year' }) : null,
                  figure.source ? t('facts.source', { source: figure.source }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </dd>
            ) : null}
          </div>
        )
      })}
    </dl>
  )
}
