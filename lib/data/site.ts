import { unstable_cache } from 'next/cache'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import { withFallbackWhenDatabaseUnavailable } from '../db/databaseUnavailable'
import { DEFAULT_REPLY_BUSINESS_DAYS } from '../enquiries/replyDeadline'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type SiteSummary = {
  name: string | null
  tagline: string | null
  district: string | null
  footerNote: string | null
  address: string | null
  contact: { email: string | null; phone: string | null }
  /** The bureau behind the portal; null where staff have not named it (pages then show the portal's name). */
  bureauName: string | null
  officeHours: string | null
  /** An https link to the office on a map. */
  mapUrl: string | null
}

const UNKNOWN_SITE: SiteSummary = { name: null, tagline: null, district: null, footerNote: null, address: null, contact: { email: null, phone: null }, bureauName: null, officeHours: null, mapUrl: null }

/**
 * The `site` global's public fields in `locale` (falling back to Chinese), read once per locale and cached
 * until staff save it: the header, footer, contact blocks and reply promise all come from this one read.
 */
export function readPublicSite(locale: Locale) {
  return unstable_cache(
    async () => {
      const payload = await getPortalPayload()
      return payload.findGlobal({
        slug: GLOBAL_SLUGS.site,
        locale,
        fallbackLocale: DEFAULT_LOCALE,
        overrideAccess: false,
        depth: 0,
        select: {
          name: true,
          tagline: true,
          district: true,
          footerNote: true,
          address: true,
          contact: true,
          bureauName: true,
          officeHours: true,
          mapUrl: true,
          enquiryResponseBusinessDays: true,
          openDataLicence: true,
          openDataLicenceUrl: true,
          exchangeRates: true,
        },
      })
    },
    ['site', locale],
    { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.site)] },
  )()
}

/**
 * The portal's name, tagline and contact details in `locale`, as the public may read them. With
 * PostgreSQL away and the setting not in the cache, none: the frame falls back to the messages' words,
 * so a page that can still say something (a search kept for later) is not lost to its header.
 */
export async function findSite(locale: Locale): Promise<SiteSummary> {
  const site = await withFallbackWhenDatabaseUnavailable(() => readPublicSite(locale), null)
  if (!site) return UNKNOWN_SITE
  return {
    name: site.name ?? null,
    tagline: site.tagline ?? null,
    district: site.district ?? null,
    footerNote: site.footerNote ?? null,
    address: site.address ?? null,
    contact: { email: site.contact?.email ?? null, phone: site.contact?.phone ?? null },
    bureauName: site.bureauName ?? null,
    officeHours: site.officeHours ?? null,
    mapUrl: site.mapUrl ?? null,
  }
}

/** How many business days the bureau promises for a first reply to an enquiry (the `site` setting). */
export async function findReplyBusinessDays(): Promise<number> {
  // With PostgreSQL away the thanks page still shows the reference of an enquiry kept for later.
  const site = await withFallbackWhenDatabaseUnavailable(() => readPublicSite(DEFAULT_LOCALE), null)
  return site?.enquiryResponseBusinessDays ?? DEFAULT_REPLY_BUSINESS_DAYS
}
