import { sortedCountryOptions } from '@/lib/constants/countries'
import {
  FUND_TYPE_LABELS,
  NEWS_CATEGORY_LABELS,
  PROJECT_STAGE_LABELS,
  RCEP_SERVICE_TYPE_LABELS,
  TALENT_CATEGORY_LABELS,
  TALENT_GROUP_LABELS,
  type LocalizedLabel,
} from '@/lib/constants/optionLabels'
import { RCEP_MEMBER_COUNTRIES } from '@/lib/constants/rcep'
import type { SlugOption } from '@/lib/data/options'
import type { Locale } from '@/lib/i18n/locales'
import type { MessageKey } from '@/lib/i18n/messages'
import type { Section } from '@/lib/sections'

export type FilterField =
  | { param: string; labelKey: MessageKey; kind: 'select'; options: { value: string; label: string }[] }
  | { param: string; labelKey: MessageKey; kind: 'number' | 'text' }

const fromLabels = (labels: Record<string, LocalizedLabel>, locale: Locale) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: label[locale] }))

const fromSlugs = (options: SlugOption[]) => options.map((option) => ({ value: option.slug, label: option.title }))

/** The filters each list offers, in the order the form shows them; labels are `facts.*`/`list.*` keys. */
export function filterFieldsOf(section: Section, args: { locale: Locale; industries: SlugOption[]; areas: SlugOption[] }): FilterField[] {
  const { locale } = args
  switch (section) {
    case 'projects':
      return [
        { param: 'q', labelKey: 'list.keyword', kind: 'text' },
        { param: 'industry', labelKey: 'facts.industry', kind: 'select', options: fromSlugs(args.industries) },
        { param: 'area', labelKey: 'facts.area', kind: 'select', options: fromSlugs(args.areas) },
        { param: 'stage', labelKey: 'facts.stage', kind: 'select', options: fromLabels(PROJECT_STAGE_LABELS, locale) },
        { param: 'min', labelKey: 'list.minInvestment', kind: 'number' },
        { param: 'max', labelKey: 'list.maxInvestment', kind: 'number' },
      ]
    case 'funds':
      return [
        { param: 'industry', labelKey: 'facts.focusIndustries', kind: 'select', options: fromSlugs(args.industries) },
        { param: 'type', labelKey: 'facts.fundType', kind: 'select', options: fromLabels(FUND_TYPE_LABELS, locale) },
      ]
    case 'rcep':
      return [
        { param: 'country', labelKey: 'facts.countries', kind: 'select', options: sortedCountryOptions(RCEP_MEMBER_COUNTRIES, locale) },
        { param: 'type', labelKey: 'facts.serviceType', kind: 'select', options: fromLabels(RCEP_SERVICE_TYPE_LABELS, locale) },
      ]
    case 'talent':
      return [
        { param: 'group', labelKey: 'facts.targetGroups', kind: 'select', options: fromLabels(TALENT_GROUP_LABELS, locale) },
        { param: 'category', labelKey: 'facts.category', kind: 'select', options: fromLabels(TALENT_CATEGORY_LABELS, locale) },
      ]
    case 'news':
      return [{ param: 'category', labelKey: 'facts.category', kind: 'select', options: fromLabels(NEWS_CATEGORY_LABELS, locale) }]
    default:
      return []
  }
}
