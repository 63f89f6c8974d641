import { getTranslations } from 'next-intl/server'

import { ENQUIRY_ERROR_KEYS, type EnquiryErrorKey, type EnquiryField } from '@/lib/enquiries/submissionSchema'
import type { Locale } from '@/lib/i18n/locales'

const FORM_KEYS = ['about', 'required', 'optional', 'chooseCountry', 'privacyTitle', 'privacy', 'privacyLink', 'honeypot', 'submit', 'submitting'] as const
const LABELLED_FIELDS = ['type', 'name', 'organisation', 'email', 'phone', 'country', 'message', 'consent'] as const satisfies readonly EnquiryField[]
const HINTED_FIELDS = ['email', 'phone', 'message', 'country'] as const satisfies readonly EnquiryField[]

export type EnquiryFormTexts = Record<(typeof FORM_KEYS)[number], string> & {
  fields: Record<(typeof LABELLED_FIELDS)[number], string>
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
    fields: pick(LABELLED_FIELDS, (key) => t(`fields.${key}`)),
    hints: pick(HINTED_FIELDS, (key) => t(`hints.${key}`)),
    errors: pick([...ENQUIRY_ERROR_KEYS, 'summary'], (key) => t(`errors.${key}`)),
  }
}
