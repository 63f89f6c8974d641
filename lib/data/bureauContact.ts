import { unstable_cache } from 'next/cache'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

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
export function findBureauContact(locale: Locale): Promise<BureauContact> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const site = await payload.findGlobal({
        slug: GLOBAL_SLUGS.site,
        locale,
        fallbackLocale: DEFAULT_LOCALE,
        overrideAccess: false,
        depth: 0,
        select: { contact: true, address: true, enquiryResponseBusinessDays: true },
      })
      return {
        contact: reachableContact(site.contact),
        address: site.address ?? null,
        responseBusinessDays: site.enquiryResponseBusinessDays,
      }
    },
    ['bureau-contact', locale],
    { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.site)] },
  )()
}
