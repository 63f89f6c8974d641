import { unstable_cache } from 'next/cache'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import type { Locale } from '../i18n/locales'
import { DEFAULT_LOCALE } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type SiteSummary = {
  name: string | null
  tagline: string | null
  district: string | null
  footerNote: string | null
  address: string | null
  contact: { email: string | null; phone: string | null }
}

/** The portal's name, tagline and contact details in `locale` (falling back to Chinese), as the public may read them. */
export function findSite(locale: Locale): Promise<SiteSummary> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const site = await payload.findGlobal({
        slug: GLOBAL_SLUGS.site,
        locale,
        fallbackLocale: DEFAULT_LOCALE,
        overrideAccess: false,
        depth: 0,
        select: { name: true, tagline: true, district: true, footerNote: true, address: true, contact: { email: true, phone: true } },
      })
      return {
        name: site.name ?? null,
        tagline: site.tagline ?? null,
        district: site.district ?? null,
        footerNote: site.footerNote ?? null,
        address: site.address ?? null,
        contact: { email: site.contact?.email ?? null, phone: site.contact?.phone ?? null },
      }
    },
    ['site', locale],
    { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.site)] },
  )()
}

/** How many business days the bureau promises for a first reply to an enquiry (the `site` setting). */
export function findReplyBusinessDays(): Promise<number> {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      const site = await payload.findGlobal({
        slug: GLOBAL_SLUGS.site,
        overrideAccess: false,
        depth: 0,
        select: { enquiryResponseBusinessDays: true },
      })
      return site.enquiryResponseBusinessDays ?? 2
    },
    ['site', 'reply-business-days'],
    { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.site)] },
  )()
}
