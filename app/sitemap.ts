import type { MetadataRoute } from 'next'

import { BUREAU_PAGES } from '@/components/bureau/BureauPages'
import { GLOBAL_SLUGS } from '@/collections/slugs'
import { findGlobalUpdatedAt, findPublishedPages } from '@/lib/data/sitemap'
import { LOCALE_CODES, type Locale } from '@/lib/i18n/locales'
import { SECTION_NAMES, SECTIONS } from '@/lib/sections'
import { languageAlternates, localizedPath } from '@/lib/seo/alternates'
import { absoluteUrl } from '@/lib/seo/siteUrl'

// Built per request from data cached under the content tags: publishing refreshes it, and the build
// needs no database.
export const dynamic = 'force-dynamic'

function latest(dates: (string | null | undefined)[]): string | undefined {
  return dates.filter((date): date is string => Boolean(date)).sort().at(-1)
}

/** Every public page in every locale it is published in, each naming its translations (hreflang) and x-default. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [homeUpdatedAt, siteUpdatedAt, livingUpdatedAt, sections] = await Promise.all([
    findGlobalUpdatedAt(GLOBAL_SLUGS.home),
    findGlobalUpdatedAt(GLOBAL_SLUGS.site),
    findGlobalUpdatedAt(GLOBAL_SLUGS.living),
    Promise.all(SECTION_NAMES.map(async (section) => ({ section, pages: await findPublishedPages(SECTIONS[section].collection) }))),
  ])
  const entries: MetadataRoute.Sitemap = []
  /** A page in each of `locales` (every locale but for a document, which is published locale by locale). */
  const addInEveryLocale = (path: string, lastModified: string | undefined, locales: readonly Locale[] = LOCALE_CODES) => {
    const languages = languageAlternates(path, locales)
    for (const locale of locales) {
      entries.push({ url: absoluteUrl(localizedPath(locale, path)), lastModified, alternates: { languages } })
    }
  }

  const allUpdates = sections.flatMap(({ pages }) => pages.map((page) => page.updatedAt))
  addInEveryLocale('/', latest([homeUpdatedAt, ...allUpdates]))
  for (const { section, pages } of sections) {
    addInEveryLocale(`/${section}`, latest(pages.map((page) => page.updatedAt)))
    for (const page of pages) addInEveryLocale(`/${section}/${page.slug}`, page.updatedAt, page.locales)
  }
  // The support finder, unanswered: what it weighs is every published document of the sections it offers.
  const supportUpdates = sections.filter(({ section }) => SECTIONS[section].support).flatMap(({ pages }) => pages.map((page) => page.updatedAt))
  addInEveryLocale('/support-finder', latest(supportUpdates))
  for (const page of BUREAU_PAGES) addInEveryLocale(`/${page}`, siteUpdatedAt ?? undefined)
  addInEveryLocale('/living', livingUpdatedAt ?? undefined)
  return entries
}
