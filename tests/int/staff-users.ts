import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { StaffRole } from '@/access/roles'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { User } from '@/payload-types'

const TEST_EMAIL_DOMAIN = 'staff.test'

/** A staff account with one role; its password is random and never reused. */
export async function createStaffUser(payload: Payload, role: StaffRole): Promise<User> {
  const email = `${role}-${randomBytes(4).toString('hex')}@${TEST_EMAIL_DOMAIN}`
  return payload.create({
    collection: COLLECTION_SLUGS.users,
    data: { email, password: randomBytes(16).toString('hex'), roles: [role] },
  })
}

export async function deleteStaffUsers(payload: Payload): Promise<void> {
  await payload.delete({ collection: COLLECTION_SLUGS.users, where: { email: { like: `%@${TEST_EMAIL_DOMAIN}` } } })
}
