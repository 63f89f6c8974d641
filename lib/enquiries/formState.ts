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
