import type { EnquiryType } from './constants/options'
import type { Locale } from './i18n/locales'
import type { Section } from './sections'

/** The enquiry type an investor reading a section is most likely asking about. */
export const ENQUIRY_TYPE_OF_SECTION: Record<Section, EnquiryType> = {
  industries: 'general',
  news: 'general',
  projects: 'project',
  funds: 'fund',
  rcep: 'rcep',
  talent: 'talent',
  areas: 'area',
}

/** The enquiry form, pre-filled with what the visitor is reading when there is a subject. */
export function enquiryHref(locale: Locale, subject?: { section: Section; slug: string }): string {
  if (!subject) return `/${locale}/enquire`
  const query = new URLSearchParams({ type: ENQUIRY_TYPE_OF_SECTION[subject.section], subject: subject.slug })
  return `/${locale}/enquire?${query}`
}
