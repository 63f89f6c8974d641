import { ITEM_PATTERN } from '../compare/compareRoutes.mjs'
import type { CountryCode } from '../constants/countries'
import type { Locale } from '../i18n/locales'
import { enquiryTypeOf, isSection, type Section } from '../sections'

type Item = { section: Section; slug: string }

/** The query parameters of a form pre-filled with several items (`items=funds:a,talent:b`) and the enquirer's country. */
export const ASKED_ITEMS_PARAM = 'items'
export const ASKED_COUNTRY_PARAM = 'country'

/** The most items one enquiry is pre-filled with: more would no longer read as a question. */
export const MAX_ASKED_ITEMS = 30

/** The enquiry form, pre-filled with what the visitor is reading when there is a subject. */
export function enquiryHref(locale: Locale, subject?: Item): string {
  if (!subject) return `/${locale}/enquire`
  const query = new URLSearchParams({ type: enquiryTypeOf(subject.section), subject: subject.slug })
  return `/${locale}/enquire?${query}`
}

/** The enquiry form, its message naming each item (at most MAX_ASKED_ITEMS) and its country chosen. */
export function enquiryAboutItemsHref(locale: Locale, { items, country }: { items: readonly Item[]; country?: CountryCode }): string {
  const query = new URLSearchParams({ [ASKED_ITEMS_PARAM]: items.slice(0, MAX_ASKED_ITEMS).map(({ section, slug }) => `${section}:${slug}`).join(',') })
  if (country) query.set(ASKED_COUNTRY_PARAM, country)
  return `/${locale}/enquire?${query}`
}

/** The items a pre-filled form names, from its address: well-formed ones of known sections, in order, each once, at most MAX_ASKED_ITEMS. */
export function parseAskedItems(value: string | string[] | undefined): Item[] {
  if (typeof value !== 'string') return []
  const keys = [...new Set(value.split(',').map((key) => key.trim()))].filter((key) => ITEM_PATTERN.test(key)).slice(0, MAX_ASKED_ITEMS)
  return keys.flatMap((key) => {
    const [section, slug] = key.split(':')
    return isSection(section) ? [{ section, slug }] : []
  })
}
