import { headers } from 'next/headers'

import { isPartnerUser } from '@/access/partners'
import type { Partner } from '@/payload-types'
import { getPortalPayload } from '../payload'

/** The partner signed in on this request (Payload's session cookie), or null; staff sessions don't count. */
export async function findSignedInPartner(): Promise<Partner | null> {
  const payload = await getPortalPayload()
  const { user } = await payload.auth({ headers: await headers() })
  return isPartnerUser(user) ? (user as Partner) : null
}
