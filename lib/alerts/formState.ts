import type { AlertField } from './subscriptionSchema'

/** What the alerts form shows after a submission: the errors and everything chosen, or where the link went. */
export type AlertFormState = {
  values: { email: string; kinds: string[]; industries: string[]; frequency: string; consent: boolean }
  fieldErrors: Partial<Record<AlertField, string>>
  formError: string | null
  /** The address the confirmation link was sent to, once accepted. */
  sentTo: string | null
}

/** The form's choices as sent, to show them again after an error (never the honeypot). */
export function alertFormValuesOf(formData: FormData): AlertFormState['values'] {
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : ''
  }
  const list = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === 'string')
  return { email: text('email'), kinds: list('kinds'), industries: list('industries'), frequency: text('frequency'), consent: text('consent') === 'on' }
}
