import type { Payload } from 'payload'

import { GLOBAL_SLUGS } from '../../collections/slugs'
import { LOCALE_CODES } from '../../lib/i18n/locales'
import siteData from './data/globals/site.json'

const LOCALIZED_FIELDS = ['name', 'tagline', 'district', 'footerNote'] as const

/** Publishes the `site` global in each locale where it differs from the data file. */
export async function seedSite(payload: Payload): Promise<void> {
  for (const locale of LOCALE_CODES) {
    const wanted = Object.fromEntries(LOCALIZED_FIELDS.map((field) => [field, siteData[field][locale]]))
    const current = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale, fallbackLocale: false, depth: 0 })
    const isCurrent =
      current._status === 'published' && LOCALIZED_FIELDS.every((field) => (current[field] ?? null) === wanted[field])
    if (isCurrent) continue
    await payload.updateGlobal({
      slug: GLOBAL_SLUGS.site,
      locale,
      data: { ...wanted, name: siteData.name[locale], _status: 'published' },
      context: { disableRevalidate: true },
    })
  }
}
