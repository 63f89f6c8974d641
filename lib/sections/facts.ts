import type { Precision } from '../constants/options'
import { convertedText, type ExchangeRate, type PageRate } from '../currency/convert'
import { markConversion } from '../currency/marked'
import { formatFigure, formatMoney, formatNumber } from '../format/numbers'
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

/**
 * A number as precisely as its source knows it, with the qualifier written once, in the locale's own form:
 * about 6%, 6%左右, 約6%, 약 6%; over RMB 110 billion, 1100亿元以上, 1,100億元超, 1,100억 위안 이상.
 * The one place a precision becomes words; everything that shows a figure goes through it.
 */
export function withPrecision(text: string, precision: Precision | null | undefined, t: Translate) {
  if (!text) return ''
  return t('facts.precise', { precision: precision ?? 'exact', value: text })
}

/** English puts a space between a number and its unit word (and before a bracket); zh, ja and ko write 2万人, 172件, 172건, 위안(≈ …). */
const UNIT_SEPARATOR: Record<Locale, string> = { en: ' ', zh: '', ja: '', ko: '' }

/** Korean writes a counter apart from a number that ends in a Hangul unit (2만 명, 1억 명) and joined to digits (172건). */
function unitSeparator(number: string, locale: Locale): string {
  return locale === 'ko' && /[가-힣]$/.test(number) ? ' ' : UNIT_SEPARATOR[locale]
}

export type FigureValue = { value: number; unit?: string | null; currency?: string | null; precision?: Precision | null }

/**
 * A key figure's value with its unit or currency and its precision: "over 20,000 people", "2万人以上";
 * an amount in yuan also converted at the reader's rate, when there is one.
 */
export function figureText(figure: FigureValue, locale: Locale, t: Translate, rate?: ExchangeRate | PageRate | null) {
  if (figure.currency) return money(figure.value, figure.currency, figure.precision, locale, t, rate)
  const number = figure.unit === '%' ? null : formatFigure(figure.value, locale)
  const text = number === null ? `${formatNumber(figure.value, locale)}%` : number + (figure.unit ? unitSeparator(number, locale) + figure.unit : '')
  return withPrecision(text, figure.precision, t)
}

const isYuan = (currency: string | null | undefined) => !currency || currency === 'CNY'

/**
 * An amount with its precision, written once: "about RMB 5 billion"; an amount in yuan followed, when the
 * reader has a rate, by its approximate value in their currency and the rate's date (lib/currency/convert.ts);
 * on a page whose reader may choose the currency, that conversion is marked for the chooser (lib/currency/marked.ts).
 */
export function money(
  value: number | null | undefined,
  currency: string | null | undefined,
  precision: Precision | null | undefined,
  locale: Locale,
  t: Translate,
  rate?: ExchangeRate | PageRate | null,
) {
  if (value === null || value === undefined) return ''
  const text = withPrecision(formatMoney(value, currency, locale), precision, t)
  if (!rate || !isYuan(currency)) return text
  if ('marksAmounts' in rate) {
    return text + markConversion({ yuan: value, separator: UNIT_SEPARATOR[locale], text: rate.rate ? convertedText(value, rate.rate, locale, t) : '' })
  }
  return text + UNIT_SEPARATOR[locale] + convertedText(value, rate, locale, t)
}
