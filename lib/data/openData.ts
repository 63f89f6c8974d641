import { unstable_cache } from 'next/cache'

import { documentTags } from '../cache/tags'
import type { Locale } from '../i18n/locales'
import { readDataset } from '../openData/dataset'
import { getPortalPayload } from '../payload'
import { SECTIONS } from '../sections'
import type { Section } from '../sections/types'
import { readPublicSite } from './site'

/**
 * A section's open dataset in a locale, cached until staff publish in its collection or in one its
 * items link to (the same tags as its pages: lib/cache/tags.ts).
 */
export async function findDataset(section: Section, locale: Locale) {
  const payload = await getPortalPayload()
  return unstable_cache(() => readDataset(payload, section, locale), ['open-data', section, locale], {
    tags: documentTags(payload, SECTIONS[section].collection, locale),
  })()
}

/** The licence staff chose for the open data, in the locale; null while none is set. */
export async function findOpenDataLicence(locale: Locale): Promise<{ name: string; url: string | null } | null> {
  const site = await readPublicSite(locale)
  const name = site.openDataLicence?.trim()
  return name ? { name, url: site.openDataLicenceUrl || null } : null
}
