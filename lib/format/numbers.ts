import { OFFICE_TIME_ZONE } from '../dates/businessDays'
import type { Locale } from '../i18n/locales'
import { dateFormat, numberFormat } from './intlFormatters'

export const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB', ja: 'ja-JP', ko: 'ko-KR' }

/** Yuan are written the way each readership counts them: 50亿元, 50億元, 50억 위안, RMB 5 billion. */
const YUAN_SUFFIX: Record<Locale, (amount: string) => string> = {
  zh: (amount) => `${amount}元`,
  ja: (amount) => `${amount}元`,
  ko: (amount) => `${amount} 위안`,
  en: (amount) => `RMB ${amount}`,
}

/** ja, ko and en group every number of four digits or more (1,100億元, 1,100억 위안, 5,300 places) as their prose does; zh writes 1100亿元. */
const COMPACT_GROUPING: Record<Locale, Intl.NumberFormatOptions['useGrouping']> = { zh: 'min2', ja: 'always', ko: 'always', en: 'always' }

/** From here on a count reads better in large units: 2万 / 2만 in East Asian locales, millions in English. */
const COMPACT_FROM: Record<Locale, number> = { zh: 10_000, ja: 10_000, ko: 10_000, en: 1_000_000 }

/** A count as its readers write it: 2万人, 1億人, 100 million visits, 20,000 people. */
export function formatFigure(value: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], {
    notation: value >= COMPACT_FROM[locale] ? 'compact' : 'standard',
    compactDisplay: 'long',
    useGrouping: COMPACT_GROUPING[locale],
    maximumFractionDigits: 2,
  }).format(value)
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(value)
}

/** An amount of money, in large units where it is large (亿 / 億 / 억 / billion). */
export function formatMoney(value: number, currency: string | null | undefined, locale: Locale): string {
  const compact = numberFormat(INTL_LOCALE[locale], {
    notation: value >= 10_000 ? 'compact' : 'standard',
    compactDisplay: 'long',
    useGrouping: COMPACT_GROUPING[locale],
    maximumFractionDigits: 2,
  }).format(value)
  if (!currency || currency === 'CNY') return YUAN_SUFFIX[locale](compact)
  return numberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    notation: value >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: 2,
  }).format(value)
}

/** A day as the office names it (Qingdao time), whatever zone the server runs in. */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: OFFICE_TIME_ZONE }).format(new Date(iso))
}
