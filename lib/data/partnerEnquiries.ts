import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Enquiry, Partner } from '@/payload-types'
import type { Locale } from '../i18n/locales'
import { getPortalPayload } from '../payload'

export type PartnerEnquiryRow = Pick<Enquiry, 'reference' | 'name' | 'organisation' | 'type' | 'status' | 'dueAt' | 'createdAt' | 'updatedAt'>

/** The partner's own enquiries, newest first, read with the partner's access (notes are not even selected). */
export async function findPartnerEnquiries(partner: Partner, locale: Locale): Promise<PartnerEnquiryRow[]> {
  const payload = await getPortalPayload()
  const { docs } = await payload.find({
    collection: COLLECTION_SLUGS.enquiries,
    user: { ...partner, collection: COLLECTION_SLUGS.partners },
    overrideAccess: false,
    locale,
    select: { reference: true, name: true, organisation: true, type: true, status: true, dueAt: true, createdAt: true, updatedAt: true },
    sort: '-createdAt',
    depth: 0,
    limit: 100,
    pagination: false,
  })
  return docs as PartnerEnquiryRow[]
}
