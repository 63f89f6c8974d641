'use client'

import { type FormEvent, type ReactNode, useCallback, useRef, useState } from 'react'

import { ErrorSummary, type ErrorSummaryItem } from '@/components/forms/ErrorSummary'
import { usePageActionState } from '@/components/forms/usePageActionState'
import type { EnquiryFormState } from '@/lib/enquiries/formState'
import { ENQUIRY_FORM_FIELDS, ENQUIRY_LIMITS, HONEYPOT_FIELD } from '@/lib/enquiries/formFields'
import type { EnquiryField } from '@/lib/enquiries/submissionSchema'
import type { EnquiryFormTexts } from './enquiryFormTexts'

type Option = { value: string; label: string }

type Props = {
  action: (state: EnquiryFormState, formData: FormData) => Promise<EnquiryFormState>
  initialState: EnquiryFormState
  subjectTitle: string | null
  typeOptions: Option[]
  countryOptions: readonly Option[]
  privacyVersion: string
  /** The full privacy notice the consent refers to. */
  privacyHref: string
  texts: EnquiryFormTexts
}

const inputClass =
  'mt-1.5 block w-full rounded-lg border border-line bg-paper px-3 py-2.5 text-base text-ink shadow-sm focus:border-sea-500 aria-[invalid=true]:border-red-700'

/**
 * The enquiry form. It posts to a server action, so it works before (or without) JavaScript; with it,
 * the shared schema checks the fields first and the button cannot send twice. The schema (zod, 16 KB
 * gzip) is loaded when the visitor first focuses a field, not with the page: a form sent before it has
 * arrived is checked by the server alone, with the same schema and the same words.
 */
export function EnquiryForm({ action, initialState, subjectTitle, typeOptions, countryOptions, privacyVersion, privacyHref, texts }: Props) {
  const [state, formAction, isPending] = usePageActionState(action, initialState)
  const [clientErrors, setClientErrors] = useState<Partial<Record<EnquiryField, string>> | null>(null)
  const errors = clientErrors ?? state.fieldErrors
  const formError = clientErrors ? texts.errors.summary : state.formError
  const value = (field: EnquiryField) => state.values[field] ?? ''
  const summaryItems: ErrorSummaryItem[] = ENQUIRY_FORM_FIELDS.flatMap((name) => {
    const error = errors[name]
    return error ? [{ target: `enquiry-${name}`, text: texts.summaryItem.replace('{field}', () => texts.summaryFields[name]).replace('{error}', () => error) }] : []
  })
  const schema = useRef<typeof import('@/lib/enquiries/submissionSchema') | null>(null)
  const loadSchema = useCallback(() => {
    if (schema.current) return
    import('@/lib/enquiries/submissionSchema').then(
      (module) => (schema.current = module),
      () => {}, // Not loaded (offline, say): the server checks the form when it is sent.
    )
  }, [])

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    if (!schema.current) return
    const { enquirySubmissionSchema, fieldErrorsOf } = schema.current
    const entries = Object.fromEntries(new FormData(event.currentTarget).entries())
    const parsed = enquirySubmissionSchema.safeParse(entries)
    if (parsed.success) {
      setClientErrors(null)
      return
    }
    event.preventDefault()
    const found = fieldErrorsOf(parsed.error)
    setClientErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, texts.errors[key]])))
  }

  const field = (name: EnquiryField, labelText: string, control: ReactNode, options: { isRequired?: boolean; hint?: string } = {}) => (
    <div>
      <label htmlFor={`enquiry-${name}`} className="block text-sm font-semibold text-ink">
        {labelText}{' '}
        <span className="font-normal text-ink-muted">({options.isRequired ? texts.required : texts.optional})</span>
      </label>
      {control}
      {options.hint ? (
        <p id={`enquiry-${name}-hint`} className="mt-1 text-sm text-ink-muted">
          {options.hint}
        </p>
      ) : null}
      {errors[name] ? (
        <p id={`enquiry-${name}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {errors[name]}
        </p>
      ) : null}
    </div>
  )

  const describedBy = (name: EnquiryField, hasHint = false) =>
    [hasHint ? `enquiry-${name}-hint` : null, errors[name] ? `enquiry-${name}-error` : null].filter(Boolean).join(' ') || undefined

  return (
    <form action={formAction} onSubmit={checkBeforeSending} onFocus={loadSchema} noValidate className="mt-8 space-y-6" key={state.idempotencyKey}>
      <ErrorSummary message={formError} answer={clientErrors ?? state} items={summaryItems} />
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      {subjectTitle ? (
        <div className="rounded-lg border border-sea-200 bg-sea-50 p-4">
          <p className="text-sm text-ink-muted">{texts.about}</p>
          <p className="mt-1 font-semibold text-sea-900">{subjectTitle}</p>
          <input type="hidden" name="subject" value={value('subject')} />
        </div>
      ) : null}
      {field(
        'type',
        texts.fields.type,
        // Always holds a type (general by default), so not `required`: the HTML standard allows that only
        // with an empty placeholder first. aria-required still tells screen readers what the label says.
        <select id="enquiry-type" name="type" defaultValue={value('type') || 'general'} aria-required aria-invalid={Boolean(errors.type)} aria-describedby={describedBy('type')} className={inputClass}>
          {typeOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>,
        { isRequired: true },
      )}
      <div className="grid gap-6 sm:grid-cols-2">
        {field(
          'name',
          texts.fields.name,
          <input id="enquiry-name" name="name" autoComplete="name" required maxLength={ENQUIRY_LIMITS.name} defaultValue={value('name')} aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('name')} className={inputClass} />,
          { isRequired: true },
        )}
        {field(
          'organisation',
          texts.fields.organisation,
          <input id="enquiry-organisation" name="organisation" autoComplete="organization" maxLength={ENQUIRY_LIMITS.organisation} defaultValue={value('organisation')} aria-invalid={Boolean(errors.organisation)} aria-describedby={describedBy('organisation')} className={inputClass} />,
        )}
        {field(
          'email',
          texts.fields.email,
          <input id="enquiry-email" name="email" type="email" autoComplete="email" required maxLength={ENQUIRY_LIMITS.email} defaultValue={value('email')} aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email', true)} className={inputClass} />,
          { isRequired: true, hint: texts.hints.email },
        )}
        {field(
          'phone',
          texts.fields.phone,
          <input id="enquiry-phone" name="phone" type="tel" autoComplete="tel" maxLength={ENQUIRY_LIMITS.phone} defaultValue={value('phone')} aria-invalid={Boolean(errors.phone)} aria-describedby={describedBy('phone', true)} className={inputClass} />,
          { hint: texts.hints.phone },
        )}
      </div>
      {field(
        'country',
        texts.fields.country,
        <select id="enquiry-country" name="country" required defaultValue={value('country')} aria-invalid={Boolean(errors.country)} aria-describedby={describedBy('country', true)} className={inputClass}>
          <option value="">{texts.chooseCountry}</option>
          {countryOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>,
        { isRequired: true, hint: texts.hints.country },
      )}
      {field(
        'message',
        texts.fields.message,
        <textarea id="enquiry-message" name="message" rows={7} required minLength={ENQUIRY_LIMITS.messageMin} maxLength={ENQUIRY_LIMITS.message} defaultValue={value('message')} aria-invalid={Boolean(errors.message)} aria-describedby={describedBy('message', true)} className={inputClass} />,
        { isRequired: true, hint: texts.hints.message },
      )}
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor={`enquiry-${HONEYPOT_FIELD}`}>{texts.honeypot}</label>
        <input id={`enquiry-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <section aria-labelledby="privacy-title" className="rounded-lg bg-sand p-4 text-sm leading-relaxed text-ink">
        <h2 id="privacy-title" className="font-semibold">
          {texts.privacyTitle} <span className="font-normal text-ink-muted">· {privacyVersion}</span>
        </h2>
        <p className="mt-2">{texts.privacy}</p>
        <p className="mt-2">
          <a href={privacyHref} className="font-semibold text-sea-700 underline underline-offset-2 hover:text-sea-900">
            {texts.privacyLink}
          </a>
        </p>
        <div className="mt-4 flex items-start gap-3">
          <input id="enquiry-consent" name="consent" type="checkbox" required defaultChecked={value('consent') === 'on'} aria-invalid={Boolean(errors.consent)} aria-describedby={errors.consent ? 'enquiry-consent-error' : undefined} className="mt-1 h-5 w-5 shrink-0 accent-sea-700" />
          <label htmlFor="enquiry-consent" className="font-medium">
            {texts.fields.consent}
          </label>
        </div>
        {errors.consent ? (
          <p id="enquiry-consent-error" className="mt-1 font-semibold text-red-800">
            {errors.consent}
          </p>
        ) : null}
      </section>
      <button type="submit" disabled={isPending} className="rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900 disabled:opacity-70">
        {isPending ? texts.submitting : texts.submit}
      </button>
    </form>
  )
}
