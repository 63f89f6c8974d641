import { COLLECTION_SLUGS, type ContentCollectionSlug } from '../../collections/slugs'
import type { EnquiryType } from '../constants/options'

/** Where `?type=…&subject={slug}` looks for the item an enquiry is about, per enquiry type. */
export const SUBJECT_COLLECTIONS: Record<EnquiryType, ContentCollectionSlug[]> = {
  general: [COLLECTION_SLUGS.industries, COLLECTION_SLUGS.news],
  project: [COLLECTION_SLUGS.projects],
  fund: [COLLECTION_SLUGS.funds],
  rcep: [COLLECTION_SLUGS.rcepServices],
  talent: [COLLECTION_SLUGS.talentPolicies],
  area: [COLLECTION_SLUGS.areas],
}
