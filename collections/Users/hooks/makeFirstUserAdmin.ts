import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

/** The account created on `/admin`'s first visit runs the place: it becomes an administrator. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
