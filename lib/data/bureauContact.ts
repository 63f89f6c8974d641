import type { Locale } from '../i18n/locales'
import { readPublicSite } from './site'

export type ContactDetails = { name: string | null; title: string | null; email: string | null; phone: string | null }

export type BureauContact = {
  /** Null unless staff entered at least one way to reach the bureau: an empty block would only promise. */
  contact: ContactDetails | null
  address: string | null
  responseBusinessDays: number
}

/** A contact block is worth showing only when it holds something a visitor can act on. */
export function reachableContact(contact: Partial<ContactDetails> | null | undefined): ContactDetails | null {
  if (!contact) return null
  const details = { name: contact.name ?? null, title: contact.title ?? null, email: contact.email ?? null, phone: contact.phone ?? null }
  return details.email || details.phone || details.name ? details : null
}

/** The investment-promotion bureau's general contact and its promised reply time, from the `site` global. */
export async function findBureauContact(locale: Locale): Promise<BureauContact> {
  const site = await readPublicSite(locale)
  return {
    contact: reachableContact(site.contact),
    address: site.address ?? null,
    responseBusinessDays: site.enquiryResponseBusinessDays,
  }
}
