import type { EnquiryField, EnquiryFormValues } from './submissionSchema'

/** What the enquiry form shows after a submission that was not accepted: the errors and everything typed. */
export type EnquiryFormState = {
  values: EnquiryFormValues
  fieldErrors: Partial<Record<EnquiryField, string>>
  formError: string | null
  idempotencyKey: string
}

/** The text fields the form sends back to the visitor after an error (never the honeypot). */
export const ECHOED_FIELDS: EnquiryField[] = ['type', 'subject', 'name', 'organisation', 'email', 'phone', 'country', 'message', 'consent']

export function formValuesOf(formData: FormData): EnquiryFormValues {
  const values: EnquiryFormValues = {}
  for (const field of ECHOED_FIELDS) {
    const value = formData.get(field)
    if (typeof value === 'string') values[field] = value
  }
  return values
}

/** The form's fields as sent, text only (a file input is no field of this form). */
export function submittedInput(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

/**
 * The form again after a refusal: the errors, everything typed, and a new idempotency key, because a
 * refused submission created nothing and the next attempt is a new one.
 */
export function refusedFormState(formData: FormData, refusal: Pick<EnquiryFormState, 'fieldErrors' | 'formError'>): EnquiryFormState {
  return { values: formValuesOf(formData), fieldErrors: refusal.fieldErrors, formError: refusal.formError, idempotencyKey: crypto.randomUUID() }
}
