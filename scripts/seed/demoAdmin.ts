import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'

export const DEMO_ADMIN_EMAIL = 'admin@invest-shibei.demo'

/**
 * For `npm run demo` only: on a database without staff, an administrator with a password generated now
 * and printed once (it is stored nowhere else). Everywhere else the first admin is created in /admin.
 */
export async function createDemoAdminIfNoStaff(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: COLLECTION_SLUGS.users })
  if (totalDocs > 0) return
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: COLLECTION_SLUGS.users,
    data: { email: DEMO_ADMIN_EMAIL, password, name: 'Demo administrator', roles: ['admin'] },
  })
  console.log(
    [
      '',
      '  Demo administrator for /admin (shown once, stored nowhere):',
      `    email:    ${DEMO_ADMIN_EMAIL}`,
      `    password: ${password}`,
      '',
    ].join('\n'),
  )
}
