import { getTranslations } from 'next-intl/server'

import { ENQUIRY_FORM_FIELDS } from '@/lib/enquiries/formFields'
import { ENQUIRY_ERROR_KEYS, type EnquiryErrorKey, type EnquiryField } from '@/lib/enquiries/submissionSchema'
import type { Locale } from '@/lib/i18n/locales'

const FORM_KEYS = ['about', 'required', 'optional', 'chooseCountry', 'privacyTitle', 'privacy', 'privacyLink', 'honeypot', 'submit', 'submitting'] as const
const HINTED_FIELDS = ['email', 'phone', 'message', 'country'] as const satisfies readonly EnquiryField[]

export type EnquiryFormTexts = Record<(typeof FORM_KEYS)[number], string> & {
  fields: Record<(typeof ENQUIRY_FORM_FIELDS)[number], string>
  /** The fields' short names in the error summary (the consent's label is a whole sentence). */
  summaryFields: Record<(typeof ENQUIRY_FORM_FIELDS)[number], string>
  /** How the summary names a refused field: `{field}` and `{error}` in the page's language's order and punctuation. */
  summaryItem: string
  hints: Record<(typeof HINTED_FIELDS)[number], string>
  errors: Record<EnquiryErrorKey | 'summary', string>
}

/**
 * The enquiry form's words in the visitor's language, made on the server. The form gets them as plain
 * strings: next-intl's client runtime would add about 12 KB of JavaScript to the page for them.
 */
export async function enquiryFormTexts(locale: Locale): Promise<EnquiryFormTexts> {
  const t = await getTranslations({ locale, namespace: 'enquire' })
  const pick = <K extends string>(keys: readonly K[], text: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>
  return {
    ...pick(FORM_KEYS, (key) => t(key)),
    fields: pick(ENQUIRY_FORM_FIELDS, (key) => t(`fields.${key}`)),
    summaryFields: pick(ENQUIRY_FORM_FIELDS, (key) => t(`summaryFields.${key}`)),
    summaryItem: t.raw('errors.item') as string,
    hints: pick(HINTED_FIELDS, (key) => t(`hints.${key}`)),
    errors: pick([...ENQUIRY_ERROR_KEYS, 'summary'], (key) => t(`errors.${key}`)),
  }
}
