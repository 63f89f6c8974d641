import type { Payload } from 'payload'

import { GLOBAL_SLUGS } from '../../collections/slugs'
import siteData from './data/globals/site.json'
import { inLocale, LOCALE_CODES } from './localized'

/** Writes the `site` global in each locale where it differs from the data file; never touches the rest. */
export async function seedSite(payload: Payload): Promise<void> {
  for (const locale of LOCALE_CODES) {
    const wanted = inLocale({ name: siteData.name, tagline: siteData.tagline }, locale)
    const current = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale, fallbackLocale: false, depth: 0 })
    if (current.name === wanted.name && (current.tagline ?? null) === wanted.tagline) continue
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale, data: { name: wanted.name ?? '', tagline: wanted.tagline } })
  }
}
