import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '../cache/tags'
import { type EnquirySubject, type EnquirySubjectArgs, readEnquirySubject } from '../enquiries/subject'
import { getPortalPayload } from '../payload'
import { subjectCollectionsOf } from '../sections'

/** The form's pre-filled subject, cached until staff publish in one of the type's collections. */
export function findEnquirySubject(args: EnquirySubjectArgs): Promise<EnquirySubject | null> {
  return unstable_cache(async () => readEnquirySubject(await getPortalPayload(), args), ['enquiry-subject', args.type, args.slug, args.locale], {
    tags: subjectCollectionsOf(args.type).map((collection) => CACHE_TAGS.collectionIn(collection, args.locale)),
  })()
}
