import type { Locale } from '../i18n/locales'
import { enquiryTypeOf, type Section } from '../sections'

/** The enquiry form, pre-filled with what the visitor is reading when there is a subject. */
export function enquiryHref(locale: Locale, subject?: { section: Section; slug: string }): string {
  if (!subject) return `/${locale}/enquire`
  const query = new URLSearchParams({ type: enquiryTypeOf(subject.section), subject: subject.slug })
  return `/${locale}/enquire?${query}`
}
