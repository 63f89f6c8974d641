import type { Where } from 'payload'

import { RCEP_MEMBER_COUNTRIES } from './constants/rcep'
import {
  FUND_TYPES,
  NEWS_CATEGORIES,
  PROJECT_STAGES,
  RCEP_SERVICE_TYPES,
  TALENT_CATEGORIES,
  TALENT_GROUPS,
} from './constants/options'
import type { SlugOption } from './data/options'
import type { Section } from './sections'

/** How list parameters arrive: `?stage=operating&page=2`. */
export type SearchParams = Record<string, string | string[] | undefined>

/** One filter a visitor applied, as a chip that can remove it. */
export type ActiveFilter = { param: string; value: string }

export type ParsedFilters = { where: Where; active: ActiveFilter[]; page: number }

type Lookups = { industries: SlugOption[]; areas: SlugOption[] }

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

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value)
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
 * The query of a list page from its URL. A parameter that is malformed, out of range or names nothing
 * published is ignored, never an error: the visitor sees the unfiltered list and no chip for it.
 */
export function parseFilters(section: Section, params: SearchParams, lookups: Lookups): ParsedFilters {
  const conditions: Where[] = []
  const active: ActiveFilter[] = []
  const apply = (param: string, value: string | undefined, condition: (value: string) => Where | undefined) => {
    if (value === undefined) return
    const where = condition(value)
    if (!where) return
    conditions.push(where)
    active.push({ param, value })
  }
  const bySlug = (options: SlugOption[]) => (slug: string) => options.find((option) => option.slug === slug)

  switch (section) {
    case 'projects': {
      apply('industry', choice(params, 'industry'), (slug) => {
        const industry = bySlug(lookups.industries)(slug)
        return industry ? { industry: { equals: industry.id } } : undefined
      })
      apply('area', choice(params, 'area'), (slug) => {
        const area = bySlug(lookups.areas)(slug)
        return area ? { area: { equals: area.id } } : undefined
      })
      apply('stage', oneOf(PROJECT_STAGES, choice(params, 'stage')), (stage) => ({ stage: { equals: stage } }))
      const min = positiveNumber(single(params, 'min'))
      const max = positiveNumber(single(params, 'max'))
      apply('min', min === undefined ? undefined : String(min), () => ({
        investment: { greater_than_equal: (min ?? 0) * YUAN_PER_HUNDRED_MILLION },
      }))
      apply('max', max === undefined ? undefined : String(max), () => ({
        investment: { less_than_equal: (max ?? 0) * YUAN_PER_HUNDRED_MILLION },
      }))
      apply('q', single(params, 'q'), (text): Where => {
        const matches: Where[] = [{ title: { like: text } }, { summary: { like: text } }]
        return { or: matches }
      })
      break
    }
    case 'funds':
      apply('industry', choice(params, 'industry'), (slug) => {
        const industry = bySlug(lookups.industries)(slug)
        return industry ? { focusIndustries: { in: [industry.id] } } : undefined
      })
      apply('type', oneOf(FUND_TYPES, choice(params, 'type')), (type) => ({ type: { equals: type } }))
      break
    case 'rcep':
      apply('country', oneOf(RCEP_MEMBER_COUNTRIES, single(params, 'country')?.toUpperCase()), (country) => ({
        memberCountries: { in: [country] },
      }))
      apply('type', oneOf(RCEP_SERVICE_TYPES, choice(params, 'type')), (type) => ({ serviceType: { equals: type } }))
      break
    case 'talent':
      apply('group', oneOf(TALENT_GROUPS, choice(params, 'group')), (group) => ({ targetGroups: { in: [group] } }))
      apply('category', oneOf(TALENT_CATEGORIES, choice(params, 'category')), (category) => ({ category: { equals: category } }))
      break
    case 'news':
      apply('category', oneOf(NEWS_CATEGORIES, choice(params, 'category')), (category) => ({ category: { equals: category } }))
      break
    default:
      break
  }
  return { where: conditions.length ? { and: conditions } : {}, active, page: parsePage(params) }
}
