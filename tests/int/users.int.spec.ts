import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

describe('staff accounts', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
    await payload.delete({ collection: COLLECTION_SLUGS.users, where: { id: { exists: true } } })
  })

  afterAll(async () => {
    await deleteStaffUsers(payload)
  })

  it('makes the very first account an administrator, whatever role it asked for', async () => {
    const first = await createStaffUser(payload, 'editor')
    const second = await createStaffUser(payload, 'editor')
    expect(first.roles).toEqual(['admin'])
    expect(second.roles).toEqual(['editor'])
  })

  it('hides every account from anonymous visitors', async () => {
    await expect(payload.find({ collection: COLLECTION_SLUGS.users, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('shows an editor only their own account', async () => {
    const editor = await createStaffUser(payload, 'editor')
    const { docs } = await payload.find({ collection: COLLECTION_SLUGS.users, user: editor, overrideAccess: false })
    expect(docs.map((doc) => doc.id)).toEqual([editor.id])
  })

  it('does not let an editor make themselves an administrator', async () => {
    const editor = await createStaffUser(payload, 'editor')
    const updated = await payload.update({
      collection: COLLECTION_SLUGS.users,
      id: editor.id,
      data: { roles: ['admin'] },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['editor'])
  })
})
