import type { Payload } from 'payload'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '../../collections/slugs'
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../lib/i18n/locales'
import { type KeyFigureData, type Localized, readGlobal } from './dataFiles'
import { keyFigures } from './toPayloadData'

type SiteData = {
  name: Localized
  tagline: Localized
  district: Localized
  footerNote: Localized
  // The source article names no bureau, address, phone, e-mail, hours or map: these stay null until staff enter them.
  bureauName: Localized | null
  officeHours: Localized | null
  address: Localized | null
  mapUrl: string | null
}
type HomeData = { heroTitle: Localized; heroText: Localized; headlineFigures: KeyFigureData[] }
type LivingData = { intro: Localized; topics: { heading: Localized; body: Localized; figures: KeyFigureData[] }[] }

const context = { disableRevalidate: true }

/** The portal's name, tagline and footer, published once; staff edits after that are theirs. */
export async function seedSite(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, depth: 0 })
  if (current._status === 'published') return
  const site = readGlobal<SiteData>('site')
  for (const locale of LOCALE_CODES) {
    await payload.updateGlobal({
      slug: GLOBAL_SLUGS.site,
      locale,
      data: {
        name: site.name[locale],
        tagline: site.tagline[locale],
        district: site.district[locale],
        footerNote: site.footerNote[locale],
        bureauName: site.bureauName?.[locale] ?? null,
        officeHours: site.officeHours?.[locale] ?? null,
        address: site.address?.[locale] ?? null,
        mapUrl: site.mapUrl,
        _status: 'published',
      },
      context,
    })
  }
}

/** The home page's promise, headline figures and featured items, published once. */
export async function seedHome(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: GLOBAL_SLUGS.home, depth: 0 })
  if (current._status === 'published') return
  const home = readGlobal<HomeData>('home')
  const featuredIds = async (collection: 'industries' | 'projects' | 'funds') =>
    (await payload.find({ collection, where: { featured: { equals: true } }, depth: 0, limit: 8, select: {} })).docs.map(
      (doc) => doc.id,
    )
  const featured = {
    featuredIndustries: await featuredIds(COLLECTION_SLUGS.industries),
    featuredProjects: await featuredIds(COLLECTION_SLUGS.projects),
    featuredFunds: await featuredIds(COLLECTION_SLUGS.funds),
  }
  let rowIds: string[] = []
  for (const locale of [DEFAULT_LOCALE, ...LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)]) {
    const saved = await payload.updateGlobal({
      slug: GLOBAL_SLUGS.home,
      locale,
      data: {
        heroTitle: home.heroTitle[locale],
        heroText: home.heroText[locale],
        headlineFigures: keyFigures(home.headlineFigures, locale).map((figure, index) => ({ ...figure, id: rowIds[index] })),
        ...featured,
        _status: 'published',
      },
      context,
    })
    rowIds = (saved.headlineFigures ?? []).map((row) => row.id ?? '')
  }
}

/** "Living and working here": the article's schools, hospitals, culture and jobs, published once. */
export async function seedLiving(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: GLOBAL_SLUGS.living, depth: 0 })
  if (current._status === 'published') return
  const living = readGlobal<LivingData>('living')
  // Rows keep their ids across locales, so that each locale's save fills the same topic and figure.
  let topicIds: { id: string; figureIds: string[] }[] = []
  for (const locale of [DEFAULT_LOCALE, ...LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)]) {
    const saved = await payload.updateGlobal({
      slug: GLOBAL_SLUGS.living,
      locale,
      data: {
        intro: living.intro[locale],
        topics: living.topics.map((topic, index) => ({
          id: topicIds[index]?.id,
          heading: topic.heading[locale],
          body: topic.body[locale],
          figures: keyFigures(topic.figures, locale).map((figure, figureIndex) => ({ ...figure, id: topicIds[index]?.figureIds[figureIndex] })),
        })),
        _status: 'published',
      },
      context,
    })
    topicIds = (saved.topics ?? []).map((topic) => ({ id: topic.id ?? '', figureIds: (topic.figures ?? []).map((figure) => figure.id ?? '') }))
  }
}
