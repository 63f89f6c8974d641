import { getTranslations } from 'next-intl/server'

import { formatMoney } from '@/lib/format/numbers'
import { type ActiveFilter, amountInYuan } from '@/lib/sections/filters'
import type { Locale } from '@/lib/i18n/locales'
import type { FilterField } from './filterFields'

type Props = { active: ActiveFilter[]; fields: FilterField[]; action: string; locale: Locale }

/** Each applied filter as a chip; its link is the same list without that filter. */
export async function ActiveFilters({ active, fields, action, locale }: Props) {
  if (active.length === 0) return null
  const t = await getTranslations({ locale })
  const hrefWithout = (param: string) => {
    const query = new URLSearchParams(active.filter((filter) => filter.param !== param).map((filter) => [filter.param, filter.value]))
    return query.size ? `${action}?${query}` : action
  }
  const describe = (filter: ActiveFilter) => {
    const field = fields.find((candidate) => candidate.param === filter.param)
    // An amount reads as the cards write it (RMB 500 million), not in the form's unit (RMB 100m).
    if (field?.kind !== 'select' && field?.chipKey) return t(field.chipKey, { amount: formatMoney(amountInYuan(filter.value), 'CNY', locale) })
    const shown = field?.kind === 'select' ? (field.options.find((option) => option.value === filter.value)?.label ?? filter.value) : filter.value
    return t('list.filterChip', { name: field ? t(field.labelKey) : filter.param, value: shown })
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-ink-muted">{t('list.activeFilters')}</span>
      <ul className="flex flex-wrap gap-2">
        {active.map((filter) => (
          <li key={filter.param}>
            <a
              href={hrefWithout(filter.param)}
              aria-label={t('list.removeFilter', { name: describe(filter) })}
              className="inline-flex items-center gap-1 rounded-full bg-sea-100 px-3 py-1 text-sm text-sea-900 hover:bg-sea-200"
            >
              {describe(filter)} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
