import { unstable_cache } from 'next/cache'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import type { KeyFigure } from '@/components/KeyFigures'
import { CACHE_TAGS } from '../cache/tags'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type LivingTopic = { id: string; heading: string; body: string | null; figures: KeyFigure[] }
export type LivingContent = { intro: string | null; topics: LivingTopic[]; updatedAt: string | null }

/** The published "Living and working here" page, cached until staff publish it again. */
export function findLiving(locale: Locale): Promise<LivingContent> {
  return unstable_cache(() => readLiving(locale), ['living', locale], { tags: [CACHE_TAGS.global(GLOBAL_SLUGS.living)] })()
}

async function readLiving(locale: Locale): Promise<LivingContent> {
  const payload = await getPortalPayload()
  const living = await payload.findGlobal({ slug: GLOBAL_SLUGS.living, locale, fallbackLocale: DEFAULT_LOCALE, overrideAccess: false, depth: 0 })
  const topics = (living.topics ?? []).flatMap((topic, index): LivingTopic[] =>
    topic.heading
      ? [
          {
            id: topic.id ?? String(index),
            heading: topic.heading,
            body: topic.body ?? null,
            figures: (topic.figures ?? []).map((figure) => ({ ...figure, label: figure.label ?? '' })),
          },
        ]
      : [],
  )
  // An unpublished global reads as empty to the public: the page then says nothing rather than a draft.
  return { intro: living.intro ?? null, topics, updatedAt: living._status === 'published' ? (living.updatedAt ?? null) : null }
}
