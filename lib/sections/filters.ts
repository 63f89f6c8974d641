import type { MessageKey } from '@/lib/i18n/messages'
import type { Where } from 'payload'

import { sortedCountryOptions, type CountryCode } from '../constants/countries'
import type { LocalizedLabel } from '../constants/optionLabels'
import type { SlugOption } from '../data/options'
import type { Locale } from '../i18n/locales'

/** How list parameters arrive: `?stage=operating&page=2`. */
export type SearchParams = Record<string, string | string[] | undefined>

/** One filter a visitor applied, as a chip that can remove it. */
export type ActiveFilter = { param: string; value: string }

export type ParsedFilters = {
  where: Where
  active: ActiveFilter[]
  page: number
  /** A range typed the wrong way round (from 500 up to 10): the list is empty, and the page says why. */
  isRangeReversed: boolean
}

/** The published documents a filter's choices are read from (industries, areas). */
export type FilterLookups = { industries: SlugOption[]; areas: SlugOption[] }

export type FilterOption = { value: string; label: string }

/** One filter of a list: how its parameter narrows the query and how the form offers it. */
export type ListFilter<P extends string = string> = {
  param: P
  /** A `facts.*` or `list.*` message key. */
  labelKey: MessageKey
  kind: 'select' | 'number' | 'text'
  /** The parameter's value as the filter reads it, or undefined when it is absent or malformed. */
  read: (params: SearchParams) => string | undefined
  /** The condition the value adds to the query, or undefined when it names nothing published. */
  where: (value: string, lookups: FilterLookups) => Where | undefined
  /** The choices of a select, in the order the form shows them. */
  options?: (args: FilterLookups & { locale: Locale }) => FilterOption[]
  /** For one end of a range of numbers: which end. */
  bound?: 'from' | 'to'
  /** For an amount: its chip's message, `{amount}` written as the cards write money (RMB 500 million, 5亿元). */
  chipKey?: MessageKey
}

const YUAN_PER_HUNDRED_MILLION = 100_000_000
const MAX_PAGE = 10_000

function single(params: SearchParams, name: string): string | undefined {
  const value = params[name]
  const text = Array.isArray(value) ? value[0] : value
  return text?.trim() ? text.trim().slice(0, 100) : undefined
}

/** A slug or option value, in the lower case they are written in. */
function choice(params: SearchParams, name: string): string | undefined {
  return single(params, name)?.toLowerCase()
}

function positiveNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return undefined
  const number = Number(value)
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

export function parsePage(params: SearchParams): number {
  const page = single(params, 'page')
  return page && /^\d+$/.test(page) ? Math.min(Math.max(Number(page), 1), MAX_PAGE) : 1
}

/**
 * The query of a list page from its URL, by the section's filters in their order. A parameter that is
 * malformed, out of range or names nothing published is ignored, never an error: the visitor sees the
 * unfiltered list and no chip for it.
 */
export function parseFilters(filters: readonly ListFilter[], params: SearchParams, lookups: FilterLookups): ParsedFilters {
  const conditions: Where[] = []
  const active: ActiveFilter[] = []
  for (const filter of filters) {
    const value = filter.read(params)
    const where = value === undefined ? undefined : filter.where(value, lookups)
    if (value === undefined || !where) continue
    conditions.push(where)
    active.push({ param: filter.param, value })
  }
  return { where: conditions.length ? { and: conditions } : {}, active, page: parsePage(params), isRangeReversed: isRangeReversed(filters, active) }
}

function isRangeReversed(filters: readonly ListFilter[], active: ActiveFilter[]): boolean {
  const end = (bound: 'from' | 'to') => {
    const param = filters.find((filter) => filter.bound === bound)?.param
    const value = active.find((filter) => filter.param === param)?.value
    return value === undefined ? undefined : Number(value)
  }
  const [from, to] = [end('from'), end('to')]
  return from !== undefined && to !== undefined && from > to
}

type FilterBase<P extends string> = { param: P; labelKey: MessageKey }

/** A choice among published industries or areas, by slug; the condition names the chosen document's id. */
export function documentFilter<P extends string>(args: FilterBase<P> & { lookup: keyof FilterLookups; where: (id: number) => Where }): ListFilter<P> {
  return {
    param: args.param,
    labelKey: args.labelKey,
    kind: 'select',
    read: (params) => choice(params, args.param),
    where: (slug, lookups) => {
      const document = lookups[args.lookup].find((option) => option.slug === slug)
      return document ? args.where(document.id) : undefined
    },
    options: (lookups) => lookups[args.lookup].map((option) => ({ value: option.slug, label: option.title })),
  }
}

/** A choice among a select field's values, offered with their labels in the reader's language. */
export function optionFilter<P extends string, T extends string>(args: FilterBase<P> & { labels: Record<T, LocalizedLabel>; where: (value: T) => Where }): ListFilter<P> {
  const values = Object.keys(args.labels) as T[]
  return {
    param: args.param,
    labelKey: args.labelKey,
    kind: 'select',
    read: (params) => values.find((value) => value === choice(params, args.param)),
    where: (value) => args.where(value as T),
    options: ({ locale }) => values.map((value) => ({ value, label: args.labels[value][locale] })),
  }
}

/** A choice among countries, by their upper-case code, named and sorted in the reader's language. */
export function countryFilter<P extends string, C extends CountryCode>(args: FilterBase<P> & { countries: readonly C[]; where: (country: C) => Where }): ListFilter<P> {
  return {
    param: args.param,
    labelKey: args.labelKey,
    kind: 'select',
    read: (params) => args.countries.find((country) => country === single(params, args.param)?.toUpperCase()),
    where: (country) => args.where(country as C),
    options: ({ locale }) => sortedCountryOptions(args.countries, locale),
  }
}

/** An amount filter's value, typed in hundred millions of yuan (亿元 / 億元 / 억 위안 / RMB 100m), in yuan. */
export function amountInYuan(value: string): number {
  return Number(value) * YUAN_PER_HUNDRED_MILLION
}

/** An amount typed in hundred millions of yuan, one end of the range (`bound`); the condition receives it in yuan. */
export function amountFilter<P extends string>(
  args: FilterBase<P> & { bound: 'from' | 'to'; chipKey: MessageKey; where: (yuan: number) => Where },
): ListFilter<P> {
  return {
    param: args.param,
    labelKey: args.labelKey,
    kind: 'number',
    bound: args.bound,
    chipKey: args.chipKey,
    read: (params) => {
      const amount = positiveNumber(single(params, args.param))
      return amount === undefined ? undefined : String(amount)
    },
    where: (amount) => args.where(amountInYuan(amount)),
  }
}

/** Words typed to find in some text fields of the reader's locale. */
export function keywordFilter<P extends string>(args: FilterBase<P> & { fields: readonly string[] }): ListFilter<P> {
  return {
    param: args.param,
    labelKey: args.labelKey,
    kind: 'text',
    read: (params) => single(params, args.param),
    where: (text) => ({ or: args.fields.map((field): Where => ({ [field]: { like: text } })) }),
  }
}
