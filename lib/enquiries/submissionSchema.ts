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

/** Text that may be left empty: absent, blank or only spaces all become undefined. */
const optionalText = (...checks: z.core.$ZodCheck<string>[]) =>
  z.optional(z.pipe(z.string().check(z.trim(), ...checks), z.transform((value: string) => value || undefined)))

export const enquirySubmissionSchema = z.object({
  type: z.enum(ENQUIRY_TYPES, 'type'),
  subject: optionalText(z.regex(/^[a-z0-9-]{0,120}$/, 'subject')),
  name: z.string('required').check(z.trim(), z.minLength(1, 'required'), z.maxLength(ENQUIRY_LIMITS.name, 'tooLong')),
  organisation: optionalText(z.maxLength(ENQUIRY_LIMITS.organisation, 'tooLong')),
  email: z.pipe(
    z.string('required').check(z.trim(), z.minLength(1, 'required'), z.maxLength(ENQUIRY_LIMITS.email, 'tooLong')),
    z.email('email'),
  ),
  phone: optionalText(z.maxLength(ENQUIRY_LIMITS.phone, 'tooLong'), z.regex(/^$|^\+?[0-9 ()./-]{5,}$/, 'phone')),
  country: z.enum(COUNTRY_CODES, 'country'),
  message: z
    .string('required')
    .check(z.trim(), z.minLength(ENQUIRY_LIMITS.messageMin, 'messageTooShort'), z.maxLength(ENQUIRY_LIMITS.message, 'tooLong')),
  // A checked box in the form, `true` in JSON.
  consent: z.literal(['on', true], 'consent'),
  idempotencyKey: z.uuid('expired'),
})

export type EnquirySubmission = z.infer<typeof enquirySubmissionSchema>

export type EnquiryField = keyof EnquirySubmission

/** The form's text fields as typed, to show them again after an error. */
export type EnquiryFormValues = Partial<Record<EnquiryField, string>>

/** The honeypot: a field people never see or fill, so any value in it marks a bot. */
export const HONEYPOT_FIELD = 'website'

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
] as const

export type EnquiryErrorKey = (typeof ENQUIRY_ERROR_KEYS)[number]

/** The first error of each field, as keys of `enquire.errors`. */
export function fieldErrorsOf(error: z.core.$ZodError): Partial<Record<EnquiryField, EnquiryErrorKey>> {
  const errors: Partial<Record<EnquiryField, EnquiryErrorKey>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as EnquiryField
    if (field && !errors[field]) errors[field] = issue.message as EnquiryErrorKey
  }
  return errors
}
