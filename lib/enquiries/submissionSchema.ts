import { z } from 'zod'

import { ENQUIRY_TYPES } from '../constants/options'
import { COUNTRY_CODES } from '../constants/countries'

/**
 * What a visitor may send through the enquiry form, and nothing more: status, assignee, notes, partner and
 * due date are not in it, so no submission can set them. The form (for hints and limits) and the server
 * (for the decision) read this one schema. Each error's message is a key of `enquire.errors`.
 */
export const ENQUIRY_LIMITS = { name: 120, organisation: 200, email: 254, phone: 40, message: 5000, messageMin: 10 } as const

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'tooLong' })
    .transform((value) => value || undefined)
    .optional()

export const enquirySubmissionSchema = z.object({
  type: z.enum(ENQUIRY_TYPES, { message: 'type' }),
  subject: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{0,120}$/, { message: 'subject' })
    .transform((value) => value || undefined)
    .optional(),
  name: z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(ENQUIRY_LIMITS.name, { message: 'tooLong' }),
  organisation: optionalText(ENQUIRY_LIMITS.organisation),
  email: z
    .string({ message: 'required' })
    .trim()
    .min(1, { message: 'required' })
    .max(ENQUIRY_LIMITS.email, { message: 'tooLong' })
    .pipe(z.email({ message: 'email' })),
  phone: z
    .string()
    .trim()
    .max(ENQUIRY_LIMITS.phone, { message: 'tooLong' })
    .regex(/^$|^\+?[0-9 ()./-]{5,}$/, { message: 'phone' })
    .transform((value) => value || undefined)
    .optional(),
  country: z.enum(COUNTRY_CODES, { message: 'country' }),
  message: z
    .string({ message: 'required' })
    .trim()
    .min(ENQUIRY_LIMITS.messageMin, { message: 'messageTooShort' })
    .max(ENQUIRY_LIMITS.message, { message: 'tooLong' }),
  // A checked box in the form, `true` in JSON.
  consent: z.literal(['on', true], { message: 'consent' }),
  idempotencyKey: z.uuid({ message: 'expired' }),
})

export type EnquirySubmission = z.infer<typeof enquirySubmissionSchema>

export type EnquiryField = keyof EnquirySubmission

/** The form's text fields as typed, to show them again after an error. */
export type EnquiryFormValues = Partial<Record<EnquiryField, string>>

/** The honeypot: a field people never see or fill, so any value in it marks a bot. */
export const HONEYPOT_FIELD = 'website'

export type EnquiryErrorKey =
  | 'required'
  | 'tooLong'
  | 'email'
  | 'phone'
  | 'country'
  | 'type'
  | 'subject'
  | 'messageTooShort'
  | 'consent'
  | 'expired'

/** The first error of each field, as keys of `enquire.errors`. */
export function fieldErrorsOf(error: z.ZodError): Partial<Record<EnquiryField, EnquiryErrorKey>> {
  const errors: Partial<Record<EnquiryField, EnquiryErrorKey>> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as EnquiryField
    if (field && !errors[field]) errors[field] = issue.message as EnquiryErrorKey
  }
  return errors
}
