'use client'

import { ErrorSummary, type ErrorSummaryItem } from '@/components/forms/ErrorSummary'
import { usePageActionState } from '@/components/forms/usePageActionState'
import type { AlertFormState } from '@/lib/alerts/formState'
import type { AlertField } from '@/lib/alerts/subscriptionSchema'
import { HONEYPOT_FIELD } from '@/lib/enquiries/formFields'

type Option = { value: string; label: string }

export type AlertFormTexts = {
  email: string
  kinds: string
  kindsHint: string
  industries: string
  industriesHint: string
  frequency: string
  language: string
  consent: string
  privacy: string
  privacyLink: string
  submit: string
  honeypot: string
  /** The "check your inbox" message, `{email}` standing for the address. */
  sent: string
  /** The fields' short names in the error summary. */
  summaryFields: Record<(typeof ALERT_FORM_FIELDS)[number], string>
  /** How the summary names a refused field, `{field}` and `{error}` standing for its name and what is wrong. */
  summaryItem: string
}

/** The fields in the form's order, as the error summary lists them; a group's link goes to its first box. */
const ALERT_FORM_FIELDS = ['email', 'kinds', 'industries', 'frequency', 'consent'] as const satisfies readonly AlertField[]

type Props = {
  action: (state: AlertFormState, formData: FormData) => Promise<AlertFormState>
  initialState: AlertFormState
  kindOptions: Option[]
  industryOptions: Option[]
  frequencyOptions: Option[]
  privacyHref: string
  texts: AlertFormTexts
}

const inputClass = 'mt-1.5 block w-full rounded-lg border border-line bg-paper px-3 py-2.5 text-base text-ink shadow-sm focus:border-sea-500 aria-[invalid=true]:border-red-700'
const legendClass = 'text-sm font-semibold text-ink'
const choiceClass = 'flex items-center gap-2 text-base text-ink'
const boxClass = 'h-5 w-5 shrink-0 accent-sea-700'

/**
 * The alerts form. It posts to a server action, so it works without JavaScript; the server checks every
 * field (lib/alerts/subscriptionSchema.ts) and answers in the page's language, keeping what was chosen.
 * Its words come as props, made on the server, as the other forms' do.
 */
export function AlertForm({ action, initialState, kindOptions, industryOptions, frequencyOptions, privacyHref, texts }: Props) {
  const [state, formAction, isPending] = usePageActionState(action, initialState)
  const { values, fieldErrors: errors } = state
  if (state.sentTo) {
    return (
      <p role="status" className="mt-8 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
        {texts.sent.replace('{email}', () => state.sentTo ?? '')}
      </p>
    )
  }
  const errorId = (field: AlertField) => `alerts-${field}-error`
  const error = (field: AlertField) =>
    errors[field] ? (
      <p id={errorId(field)} className="mt-1 text-sm font-semibold text-red-800">
        {errors[field]}
      </p>
    ) : null
  const summaryItems: ErrorSummaryItem[] = ALERT_FORM_FIELDS.flatMap((field) => {
    const refusal = errors[field]
    return refusal ? [{ target: `alerts-${field}`, text: texts.summaryItem.replace('{field}', () => texts.summaryFields[field]).replace('{error}', () => refusal) }] : []
  })
  const describedBy = (field: AlertField, hintId?: string) => [hintId, errors[field] ? errorId(field) : null].filter(Boolean).join(' ') || undefined
  return (
    <form action={formAction} noValidate className="mt-8 space-y-6">
      <ErrorSummary message={state.formError} answer={state} items={summaryItems} />
      <div>
        <label htmlFor="alerts-email" className={legendClass}>
          {texts.email}
        </label>
        <input id="alerts-email" name="email" type="email" autoComplete="email" required defaultValue={values.email} aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email')} className={inputClass} />
        {error('email')}
      </div>
      <fieldset aria-describedby={describedBy('kinds', 'alerts-kinds-hint')} aria-invalid={Boolean(errors.kinds)}>
        <legend className={legendClass}>{texts.kinds}</legend>
        <p id="alerts-kinds-hint" className="text-sm text-ink-muted">
          {texts.kindsHint}
        </p>
        <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {kindOptions.map((option, index) => (
            <label key={option.value} className={choiceClass}>
              <input id={index === 0 ? 'alerts-kinds' : undefined} type="checkbox" name="kinds" value={option.value} defaultChecked={values.kinds.includes(option.value)} className={boxClass} />
              {option.label}
            </label>
          ))}
        </div>
        {error('kinds')}
      </fieldset>
      <fieldset aria-describedby={describedBy('industries', 'alerts-industries-hint')}>
        <legend className={legendClass}>{texts.industries}</legend>
        <p id="alerts-industries-hint" className="text-sm text-ink-muted">
          {texts.industriesHint}
        </p>
        <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {industryOptions.map((option, index) => (
            <label key={option.value} className={choiceClass}>
              <input id={index === 0 ? 'alerts-industries' : undefined} type="checkbox" name="industries" value={option.value} defaultChecked={values.industries.includes(option.value)} className={boxClass} />
              {option.label}
            </label>
          ))}
        </div>
        {error('industries')}
      </fieldset>
      <fieldset aria-describedby={describedBy('frequency', 'alerts-language')}>
        <legend className={legendClass}>{texts.frequency}</legend>
        <div className="mt-2 space-y-2">
          {frequencyOptions.map((option, index) => (
            <label key={option.value} className={choiceClass}>
              <input id={index === 0 ? 'alerts-frequency' : undefined} type="radio" name="frequency" value={option.value} defaultChecked={values.frequency === option.value} className={boxClass} />
              {option.label}
            </label>
          ))}
        </div>
        <p id="alerts-language" className="mt-2 text-sm text-ink-muted">
          {texts.language}
        </p>
        {error('frequency')}
      </fieldset>
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor={`alerts-${HONEYPOT_FIELD}`}>{texts.honeypot}</label>
        <input id={`alerts-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <section className="rounded-lg bg-sand p-4 text-sm leading-relaxed text-ink">
        <p>{texts.privacy}</p>
        <p className="mt-2">
          <a href={privacyHref} className="font-semibold text-sea-700 underline underline-offset-2 hover:text-sea-900">
            {texts.privacyLink}
          </a>
        </p>
        <div className="mt-4 flex items-start gap-3">
          <input id="alerts-consent" name="consent" type="checkbox" required defaultChecked={values.consent} aria-invalid={Boolean(errors.consent)} aria-describedby={describedBy('consent')} className="mt-1 h-5 w-5 shrink-0 accent-sea-700" />
          <label htmlFor="alerts-consent" className="font-medium">
            {texts.consent}
          </label>
        </div>
        {error('consent')}
      </section>
      <button type="submit" disabled={isPending} className="rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900 disabled:opacity-70">
        {texts.submit}
      </button>
    </form>
  )
}
