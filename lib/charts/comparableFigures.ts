import type { KeyFigure } from '@/components/KeyFigures'

/** A set of figures that may honestly share one axis, and the year they all refer to. */
export type ComparableGroup = { year: number | null; figures: KeyFigure[] }

const isPercentage = (figure: KeyFigure) => !figure.currency && figure.unit?.trim() === '%'

/**
 * Which figures a chart may compare. Only percentages of the same year: rates are dimensionless, so GDP
 * growth beside trade growth reads true. Counts and amounts are left to the table even when they share a
 * unit — 600 tech SMEs beside 55 high-tech firms, or a fund's size beside retail sales, measure different
 * things, and bars would invite a comparison the data does not support. A lone rate has nothing to compare.
 */
export function comparableFigureGroups(figures: KeyFigure[]): ComparableGroup[] {
  const byYear = new Map<number | null, KeyFigure[]>()
  for (const figure of figures.filter(isPercentage)) {
    const year = figure.year ?? null
    byYear.set(year, [...(byYear.get(year) ?? []), figure])
  }
  return [...byYear]
    .filter(([, group]) => group.length >= 2)
    .map(([year, group]) => ({ year, figures: group }))
}
