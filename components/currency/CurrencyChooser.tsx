'use client'

import { type FormEvent, useId, useSyncExternalStore } from 'react'

import { chooseCurrency, readChosenCurrency, readServerChosenCurrency, subscribeToChosenCurrency } from '@/lib/currency/choice'
import { CURRENCY_PARAM } from '@/lib/currency/currencyParams.mjs'

type Props = { options: { value: string; label: string }[]; rendered: string; label: string; submitLabel: string; className?: string }

/**
 * The reader's choice of currency: a GET form that, without JavaScript, asks the server for the page in
 * that currency (lib/currency/currencyRoutes.mjs); with it, kept in the browser for every page and shown
 * at once (ChosenCurrency).
 */
export function CurrencyChooser({ options, rendered, label, submitLabel, className }: Props) {
  const chosen = useSyncExternalStore(subscribeToChosenCurrency, readChosenCurrency, readServerChosenCurrency)
  const value = options.some((option) => option.value === chosen) ? (chosen ?? rendered) : rendered
  const id = useId()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    chooseCurrency(String(new FormData(event.currentTarget).get(CURRENCY_PARAM)))
  }
  return (
    <form method="get" onSubmit={submit} className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-ink-muted">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <select
          id={id}
          name={CURRENCY_PARAM}
          value={value}
          onChange={(event) => chooseCurrency(event.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-paper px-2 text-sm text-ink"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" className="min-h-11 rounded-md border border-sea-700 px-3 text-sm font-semibold text-sea-700 hover:bg-sea-50">
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
