import type { MessageKey } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'
import { SECTIONS, type Section } from '@/lib/sections'
import type { FilterLookups, FilterOption } from '@/lib/sections/filters'

export type FilterField =
  | { param: string; labelKey: MessageKey; kind: 'select'; options: FilterOption[] }
  | { param: string; labelKey: MessageKey; kind: 'number' | 'text'; chipKey?: MessageKey }

/** The filters a list offers, in the order the form shows them: a keyword box first, then the section's order. */
export function filterFieldsOf(section: Section, args: FilterLookups & { locale: Locale }): FilterField[] {
  const filters = SECTIONS[section].filters
  return [...filters.filter((filter) => filter.kind === 'text'), ...filters.filter((filter) => filter.kind !== 'text')].map(
    ({ param, labelKey, kind, options, chipKey }): FilterField =>
      kind === 'select' ? { param, labelKey, kind, options: options?.(args) ?? [] } : { param, labelKey, kind, ...(chipKey ? { chipKey } : {}) },
  )
}
