import type { EmailFieldValidation, TextareaFieldValidation, TextFieldValidation } from 'payload'

import { enquirySubmissionSchema, errorKeyOf } from '../../lib/enquiries/submissionSchema'
import { DEFAULT_LOCALE, isLocale } from '../../lib/i18n/locales'
import { translatorFor } from '../../lib/i18n/translator'

type VisitorField = 'name' | 'organisation' | 'email' | 'phone' | 'message'

/**
 * The collection checks a visitor's field with the very rule the form and the JSON endpoint used
 * (lib/enquiries/submissionSchema.ts), lengths and e-mail included, so that what was accepted is never
 * refused on storing. An admin editing an enquiry meets the same rule, in the admin's language.
 */
export function submissionRule(field: VisitorField): TextFieldValidation & TextareaFieldValidation & EmailFieldValidation {
  return async (value, { req }) => {
    const isOptional = field === 'organisation' || field === 'phone'
    if (isOptional && (value === null || value === undefined || value === '')) return true
    const parsed = enquirySubmissionSchema.shape[field].safeParse(value ?? '')
    if (parsed.success) return true
    const key = errorKeyOf(parsed.error.issues[0])
    const language = req.i18n?.language
    const t = await translatorFor(isLocale(language) ? language : DEFAULT_LOCALE)
    return t(`enquire.errors.${key}`)
  }
}
