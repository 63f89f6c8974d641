import { headers } from 'next/headers'

import { isStaffUser } from '@/access/roles'
import { getPortalPayload } from '../payload'

/** The staff member behind a live-preview request (from their admin session cookie), or null. */
export async function findPreviewUser() {
  const payload = await getPortalPayload()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : null
}
