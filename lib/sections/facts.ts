import { formatMoney, formatNumber } from '../format/numbers'
import type { Locale } from '../i18n/locales'
import type { Fact, Translate } from './types'

/** The title and slug of a related document, when it came populated. */
export const titleOf = (value: unknown) => (value && typeof value === 'object' ? ((value as { title?: string }).title ?? null) : null)
export const slugOf = (value: unknown) => (value && typeof value === 'object' ? ((value as { slug?: string }).slug ?? null) : null)

/** The facts that have a value. */
export function compact(facts: (Fact | null | false | undefined)[]): Fact[] {
  return facts.filter((fact): fact is Fact => Boolean(fact && fact.value))
}

const MU_PER_HECTARE = 15

/** A land or floor area with its unit's symbol; mu, which few readers abroad know, with its hectares beside it. */
export function size(value: number | null | undefined, unit: string | null | undefined, locale: Locale, t: Translate) {
  if (value === null || value === undefined) return ''
  const amount = formatNumber(value, locale)
  if (unit === 'mu') return t('facts.mu', { value: amount, hectares: formatNumber(Math.round((value / MU_PER_HECTARE) * 10) / 10, locale) })
  return t(unit === 'ha' ? 'facts.hectares' : 'facts.squareMetres', { value: amount })
}

export function money(value: number | null | undefined, currency: string | null | undefined, isApprox: boolean, locale: Locale, t: Translate) {
  if (value === null || value === undefined) return ''
  const amount = formatMoney(value, currency, locale)
  return isApprox ? t('facts.approxValue', { value: amount }) : amount
}
