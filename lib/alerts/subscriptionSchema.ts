import * as z from 'zod/mini'

import { ALERT_FREQUENCIES } from '../constants/options'
import { emailAddress } from '../enquiries/submissionSchema'
import { ALERT_SECTIONS } from '../sections'

/** As many industries as the portal could list: the form offers the published ones, each at most once. */
export const MAX_ALERT_INDUSTRIES = 100

const INDUSTRY_SLUG = /^[a-z0-9-]{1,120}$/

/**
 * What a reader may send through the alerts form (`/{locale}/alerts`): an address, the sections they
 * follow (those of the registry with an `alert` definition), the industries (by slug; none means every
 * industry), how often, and their consent. The form, the server action and the collection read this one
 * schema; each error's message is a key of `alerts.errors`.
 */
export const alertSubscriptionSchema = z.object({
  email: emailAddress,
  kinds: z.array(z.enum(ALERT_SECTIONS, 'kinds'), 'kinds').check(z.minLength(1, 'kinds'), z.maxLength(ALERT_SECTIONS.length, 'kinds')),
  industries: z.array(z.string('industries').check(z.regex(INDUSTRY_SLUG, 'industries')), 'industries').check(z.maxLength(MAX_ALERT_INDUSTRIES, 'industries')),
  frequency: z.enum(ALERT_FREQUENCIES, 'frequency'),
  // A checked box in the form.
  consent: z.literal(['on', true], 'consent'),
})

export type AlertSubscriptionRequest = z.infer<typeof alertSubscriptionSchema>
export type AlertField = keyof AlertSubscriptionRequest

export const ALERT_ERROR_KEYS = ['required', 'tooLong', 'email', 'kinds', 'industries', 'frequency', 'consent', 'invalid'] as const
export type AlertErrorKey = (typeof ALERT_ERROR_KEYS)[number]

/** The first error of each field, as keys of `alerts.errors`; a check without a message of ours reads as `invalid`. */
export function alertFieldErrorsOf(error: z.core.$ZodError): Partial<Record<AlertField, AlertErrorKey>> {
  const errors: Partial<Record<AlertField, AlertErrorKey>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as AlertField
    const key = (ALERT_ERROR_KEYS as readonly string[]).includes(issue.message) ? (issue.message as AlertErrorKey) : 'invalid'
    if (field && !errors[field]) errors[field] = key
  }
  return errors
}

/** The form's fields as sent: the checkboxes' several values as lists, the rest as text. */
export function alertInputOf(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : undefined
  }
  const list = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === 'string')
  return { email: text('email'), kinds: list('kinds'), industries: list('industries'), frequency: text('frequency'), consent: text('consent'), website: text('website') }
}
