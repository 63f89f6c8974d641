import { getTranslations } from 'next-intl/server'

import type { ActiveFilter } from '@/lib/sections/filters'
import type { Locale } from '@/lib/i18n/locales'
import type { FilterField } from './filterFields'

type Props = { fields: FilterField[]; active: ActiveFilter[]; action: string; locale: Locale }

const inputClass =
  'mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2 text-sm text-ink focus:border-sea-500'

/** A plain GET form: filtering works without JavaScript, and every result page has its own URL. */
export async function FilterForm({ fields, active, action, locale }: Props) {
  if (fields.length === 0) return null
  const t = await getTranslations({ locale })
  const valueOf = (param: string) => active.find((filter) => filter.param === param)?.value ?? ''
  return (
    <form method="get" action={action} className="rounded-xl border border-line bg-sand p-4" aria-label={t('list.filters')}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((field) => (
          <label key={field.param} className="block text-sm font-medium text-ink">
            {t(field.labelKey)}
            {field.kind === 'select' ? (
              <select name={field.param} defaultValue={valueOf(field.param)} className={inputClass}>
                <option value="">{t('list.all')}</option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                name={field.param}
                type={field.kind === 'number' ? 'number' : 'search'}
                min={field.kind === 'number' ? 0 : undefined}
                step={field.kind === 'number' ? 'any' : undefined}
                defaultValue={valueOf(field.param)}
                className={inputClass}
              />
            )}
          </label>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-sea-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sea-900">
          {t('list.apply')}
        </button>
        {active.length > 0 ? (
          <a href={action} className="text-sm text-sea-700 underline">
            {t('list.clear')}
          </a>
        ) : null}
      </div>
    </form>
  )
}
