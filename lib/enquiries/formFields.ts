// What the enquiry forms' browser code needs of the submission's rules without the schema itself (zod):
// it imports nothing. lib/enquiries/submissionSchema.ts re-exports the limits and the honeypot.

/** The longest (and the shortest message) an enquiry's fields may be, in UTF-16 code units as the browser's `maxlength` counts them. */
export const ENQUIRY_LIMITS = { name: 120, organisation: 200, email: 254, phone: 40, message: 5000, messageMin: 10 } as const

/** The honeypot: a field people never see or fill, so any value in it marks a bot. */
export const HONEYPOT_FIELD = 'website'

/** The fields a visitor fills in, in the form's order: their labels, and the order the error summary lists them in. */
export const ENQUIRY_FORM_FIELDS = ['type', 'name', 'organisation', 'email', 'phone', 'country', 'message', 'consent'] as const
