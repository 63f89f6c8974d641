import { getTranslations } from 'next-intl/server'

import type { KeyFigure } from '@/components/KeyFigures'
import { comparableFigureGroups } from '@/lib/charts/comparableFigures'
import type { Locale } from '@/lib/i18n/locales'
import { figureText } from '@/lib/sections/facts'
import { BarChart } from './BarChart'

/** Bar charts of the figures that compare honestly (see `comparableFigureGroups`); nothing otherwise. */
export async function FigureCharts({ figures, locale }: { figures: KeyFigure[]; locale: Locale }) {
  const groups = comparableFigureGroups(figures)
  if (groups.length === 0) return null
  const t = await getTranslations({ locale })
  return (
    <div className="grid gap-6">
      {groups.map((group) => (
        <BarChart
          key={group.year ?? 'undated'}
          title={group.year ? t('pages.chartTitle', { year: String(group.year) }) : t('pages.chartTitleUndated')}
          note={t('pages.chartNote')}
          bars={group.figures.map((figure) => ({ label: figure.label, value: figure.value, valueText: figureText(figure, locale, t) }))}
        />
      ))}
    </div>
  )
}
