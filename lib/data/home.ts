import type { MessageKey } from '@/lib/i18n/messages'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { Where } from 'payload'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import type { KeyFigure } from '@/components/KeyFigures'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { type Section, SECTIONS } from '../sections'
import { type Card, findPublishedCards } from './cards'
import { findPreviewUser } from './previewUser'

export type HomeContent = {
  heroTitle: string | null
  heroText: string | null
  headlineFigures: KeyFigure[]
  featured: { industries: number[]; projects: number[]; funds: number[] }
}

const idsOf = (values: unknown[] | null | undefined) =>
  (values ?? []).map((value) => (typeof value === 'object' && value ? (value as { id: number }).id : (value as number)))

/**
 * The published home page: promise, headline figures and the items staff chose to feature. In draft
 * mode (live preview) a signed-in staff member sees the latest draft, uncached.
 */
export async function findHome(locale: Locale): Promise<HomeContent> {
  const { isEnabled: isPreview } = await draftMode()
  const user = isPreview ? await findPreviewUser() : null
  if (user) return readHome(locale, user)
  return unstable_cache(() => readHome(locale, null), ['home', locale], { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.home)] })()
}

async function readHome(locale: Locale, user: Awaited<ReturnType<typeof findPreviewUser>>): Promise<HomeContent> {
  const payload = await getPortalPayload()
  const home = await payload.findGlobal({
    slug: GLOBAL_SLUGS.home,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    overrideAccess: false,
    user: user ?? undefined,
    draft: Boolean(user),
    depth: 0,
  })
  return {
    heroTitle: home.heroTitle ?? null,
    heroText: home.heroText ?? null,
    headlineFigures: (home.headlineFigures ?? []).map((figure) => ({ ...figure, label: figure.label ?? '' })),
    featured: {
      industries: idsOf(home.featuredIndustries),
      projects: idsOf(home.featuredProjects),
      funds: idsOf(home.featuredFunds),
    },
  }
}

/** A row of cards on the home page, with its heading's message key and the section it links to. */
export type HomeCardGroup = { section: Section; titleKey: MessageKey; cards: Card[] }

const FEATURED_LIMIT = 6
const LATEST_NEWS_LIMIT = 3

async function featuredCards(section: Section, ids: number[], locale: Locale): Promise<Card[]> {
  const where: Where = ids.length ? { id: { in: ids } } : { featured: { equals: true } }
  return (await findPublishedCards({ collection: SECTIONS[section].collection, locale, where, limit: FEATURED_LIMIT })).cards
}

/** The home page's rows of cards: the industries, projects and funds staff chose (else those marked featured), then the latest news. */
export async function findHomeCardGroups(home: HomeContent, locale: Locale): Promise<HomeCardGroup[]> {
  const [industries, projects, funds, news] = await Promise.all([
    featuredCards('industries', home.featured.industries, locale),
    featuredCards('projects', home.featured.projects, locale),
    featuredCards('funds', home.featured.funds, locale),
    findPublishedCards({ collection: SECTIONS.news.collection, locale, limit: LATEST_NEWS_LIMIT }).then((page) => page.cards),
  ])
  return [
    { section: 'industries', titleKey: 'home.featuredIndustries', cards: industries },
    { section: 'projects', titleKey: 'home.featuredProjects', cards: projects },
    { section: 'funds', titleKey: 'home.featuredFunds', cards: funds },
    { section: 'news', titleKey: 'home.latestNews', cards: news },
  ]
}
