import * as z from 'zod/mini'

import { ENQUIRY_TYPES } from '../constants/options'
import { COUNTRY_CODES } from '../constants/countries'

/**
 * What a visitor may send through the enquiry form, and nothing more: status, assignee, notes, partner and
 * due date are not in it, so no submission can set them. The form (for hints and limits) and the server
 * (for the decision) read this one schema. Each error's message is a key of `enquire.errors`.
 *
 * Written with zod's mini API because the form checks with it in the browser: the whole of zod there was
 * 32 KB of the enquiry page's JavaScript.
 */
export const ENQUIRY_LIMITS = { name: 120, organisation: 200, email: 254, phone: 40, message: 5000, messageMin: 10 } as const

/**
 * At most `max` UTF-16 code units, counted as the browser's `maxlength` and Payload's `maxLength` count
 * them (zod's own `maxLength` counts an emoji as one, so a text it accepted could be refused on storing).
 */
const atMost = (max: number) => z.refine<string>((value) => value.length <= max, 'tooLong')

/**
 * Text PostgreSQL can store and a person can read: no NUL or other control characters (line breaks and
 * tabs aside) and no lone UTF-16 surrogates, which no keyboard types and the database refuses.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const storableText = z.refine<string>((value) => !CONTROL_CHARACTER.test(value) && !LONE_SURROGATE.test(value), 'characters')

/** At least one letter or digit: a name of spaces or zero-width characters alone is no name. */
const visible = (message: EnquiryErrorKey) => z.refine<string>((value) => /[\p{L}\p{N}]/u.test(value), message)

/** Text that may be left empty: absent, blank or only spaces all become undefined. */
const optionalText = (...checks: z.core.$ZodCheck<string>[]) =>
  z.optional(z.pipe(z.string('invalid').check(z.trim(), storableText, ...checks), z.transform((value: string) => value || undefined)))

/**
 * An e-mail address as the browser's `type=email` field accepts it (the HTML standard's rule: no label of
 * the domain starts or ends with a hyphen) and with a dot-separated top-level domain and no `..`, as zod's
 * rule demands: every address both accept is one the collection stores and the outbox can send to.
 */
export const emailAddress = z.pipe(
  z.string('required').check(z.trim(), z.minLength(1, 'required'), atMost(ENQUIRY_LIMITS.email)),
  z.string().check(z.email('email'), z.regex(z.regexes.html5Email, 'email')),
)

export const enquirySubmissionSchema = z.object({
  type: z.enum(ENQUIRY_TYPES, 'type'),
  subject: optionalText(z.regex(/^[a-z0-9-]{0,120}$/, 'subject')),
  name: z.string('required').check(z.trim(), z.minLength(1, 'required'), storableText, visible('required'), atMost(ENQUIRY_LIMITS.name)),
  organisation: optionalText(atMost(ENQUIRY_LIMITS.organisation)),
  email: emailAddress,
  phone: optionalText(atMost(ENQUIRY_LIMITS.phone), z.regex(/^$|^\+?[0-9 ()./-]{5,}$/, 'phone')),
  country: z.enum(COUNTRY_CODES, 'country'),
  message: z
    .string('required')
    .check(z.trim(), storableText, visible('messageTooShort'), z.minLength(ENQUIRY_LIMITS.messageMin, 'messageTooShort'), atMost(ENQUIRY_LIMITS.message)),
  // A checked box in the form, `true` in JSON.
  consent: z.literal(['on', true], 'consent'),
  idempotencyKey: z.uuid('expired'),
})

export type EnquirySubmission = z.infer<typeof enquirySubmissionSchema>

export type EnquiryField = keyof EnquirySubmission

/** The form's text fields as typed, to show them again after an error. */
export type EnquiryFormValues = Partial<Record<EnquiryField, string>>

export { HONEYPOT_FIELD } from './honeypot'

/** The errors a field can have, each a key of `enquire.errors`. */
export const ENQUIRY_ERROR_KEYS = [
  'required',
  'tooLong',
  'email',
  'phone',
  'country',
  'type',
  'subject',
  'messageTooShort',
  'consent',
  'expired',
  'characters',
  'invalid',
] as const

export type EnquiryErrorKey = (typeof ENQUIRY_ERROR_KEYS)[number]

/** The key of `enquire.errors` for one issue: a check without a message of ours (a value of the wrong type, say) reads as `invalid`. */
export function errorKeyOf(issue: { message: string }): EnquiryErrorKey {
  return (ENQUIRY_ERROR_KEYS as readonly string[]).includes(issue.message) ? (issue.message as EnquiryErrorKey) : 'invalid'
}

/** The first error of each field, as keys of `enquire.errors`, never as zod's own words. */
export function fieldErrorsOf(error: z.core.$ZodError): Partial<Record<EnquiryField, EnquiryErrorKey>> {
  const errors: Partial<Record<EnquiryField, EnquiryErrorKey>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as EnquiryField
    if (field && !errors[field]) errors[field] = errorKeyOf(issue)
  }
  return errors
}
