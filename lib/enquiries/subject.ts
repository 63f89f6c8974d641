import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '../../collections/slugs'
import type { EnquiryType } from '../constants/options'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { subjectCollectionsOf } from '../sections'

export type EnquirySubject = { collection: ContentCollectionSlug; id: number; slug: string; title: string }

export type EnquirySubjectArgs = { type: EnquiryType; slug: string; locale: Locale }

/**
 * The published item an enquiry is about, by slug among its type's collections; null when there is none.
 * It takes the Payload instance it is given, so that storing an enquiry (which runs inside Payload's
 * own jobs and endpoints) never imports the portal's instance, and with it the config, back.
 */
export async function readEnquirySubject(payload: Payload, { type, slug, locale }: EnquirySubjectArgs): Promise<EnquirySubject | null> {
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
