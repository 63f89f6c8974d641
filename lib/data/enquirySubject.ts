import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { CACHE_TAGS } from '../cache/tags'
import type { EnquiryType } from '../constants/options'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'
import { subjectCollectionsOf } from '../sections'

export type EnquirySubject = { collection: ContentCollectionSlug; id: number; slug: string; title: string }

type SubjectArgs = { type: EnquiryType; slug: string; locale: Locale }

/** The published item an enquiry is about, by slug among its type's collections; null when there is none. */
export async function readEnquirySubject(payload: Payload, { type, slug, locale }: SubjectArgs): Promise<EnquirySubject | null> {
  for (const collection of subjectCollectionsOf(type)) {
    const { docs } = await payload.find({
      collection,
      locale,
      fallbackLocale: DEFAULT_LOCALE,
      overrideAccess: false,
      where: { slug: { equals: slug }, _status: { equals: 'published' } },
      select: { slug: true, title: true },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    const doc = docs[0] as { id: number; slug?: string | null; title?: string | null } | undefined
    if (doc) return { collection, id: doc.id, slug: doc.slug ?? slug, title: doc.title ?? slug }
  }
  return null
}

/** The form's pre-filled subject, cached until staff publish in one of the type's collections. */
export function findEnquirySubject(args: SubjectArgs): Promise<EnquirySubject | null> {
  return unstable_cache(async () => readEnquirySubject(await getPortalPayload(), args), ['enquiry-subject', args.type, args.slug, args.locale], {
    tags: subjectCollectionsOf(args.type).map((collection) => CACHE_TAGS.collection(collection)),
  })()
}
