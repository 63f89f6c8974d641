import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS } from '@/collections/slugs'
import type { Partner, User } from '@/payload-types'
import { createPartner, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

type Actor = User | Partner | undefined

describe('who may do what with the portal content', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let officer: User
  let partner: Partner
  const published: Record<string, number> = {}
  const drafts: Record<string, number> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await createStaffUser(payload, 'admin')
    editor = await createStaffUser(payload, 'editor')
    officer = await createStaffUser(payload, 'officer')
    partner = await createPartner(payload, 'Access Test Chamber')
    for (const collection of CONTENT_COLLECTION_SLUGS) {
      const live = await payload.create({
        collection,
        data: { title: `公开 ${collection} ${uniqueSuffix()}`, _status: 'published' },
        locale: 'zh',
      })
      const draft = await payload.create({
        collection,
        data: { title: `草稿 ${collection} ${uniqueSuffix()}`, _status: 'draft' },
        locale: 'zh',
        draft: true,
      })
      published[collection] = live.id
      drafts[collection] = draft.id
    }
  })

  afterAll(async () => {
    for (const collection of CONTENT_COLLECTION_SLUGS) {
      await payload.delete({ collection, where: { id: { in: [published[collection], drafts[collection]] } } })
    }
    await payload.delete({ collection: COLLECTION_SLUGS.partners, id: partner.id })
    await deleteStaffUsers(payload)
  })

  const readIds = async (collection: (typeof CONTENT_COLLECTION_SLUGS)[number], user: Actor) => {
    const { docs } = await payload.find({ collection, user, overrideAccess: false, draft: true, depth: 0, limit: 100 })
    return docs.map((doc) => doc.id)
  }

  for (const collection of CONTENT_COLLECTION_SLUGS) {
    describe(collection, () => {
      it('shows anonymous visitors and partners only what is published, even when they ask for drafts', async () => {
        for (const user of [undefined, partner]) {
          const ids = await readIds(collection, user)
          expect(ids).toContain(published[collection])
          expect(ids).not.toContain(drafts[collection])
          await expect(
            payload.findByID({ collection, id: drafts[collection], user, overrideAccess: false, draft: true }),
          ).rejects.toMatchObject({ status: 404 })
        }
      })

      it('shows staff the drafts too', async () => {
        for (const user of [admin, editor, officer]) expect(await readIds(collection, user)).toContain(drafts[collection])
      })

      it('lets editors and admins write, and nobody else', async () => {
        for (const user of [editor, admin]) {
          const updated = await payload.update({
            collection,
            id: drafts[collection],
            data: { title: `修改 ${uniqueSuffix()}` },
            user,
            overrideAccess: false,
            draft: true,
          })
          expect(updated.title).toMatch(/^修改/)
        }
        for (const user of [undefined, partner, officer]) {
          await expect(
            payload.update({ collection, id: published[collection], data: { title: 'x' }, user, overrideAccess: false }),
          ).rejects.toMatchObject({ status: 403 })
          await expect(
            payload.create({ collection, data: { title: 'x' }, user, overrideAccess: false }),
          ).rejects.toMatchObject({ status: 403 })
        }
      })

      it('lets only admins delete', async () => {
        for (const user of [undefined, partner, officer, editor]) {
          await expect(
            payload.delete({ collection, id: published[collection], user, overrideAccess: false }),
          ).rejects.toMatchObject({ status: 403 })
        }
      })

      it('shows versions to editors and admins only', async () => {
        const where = { parent: { equals: drafts[collection] } }
        const asEditor = await payload.findVersions({ collection, where, user: editor, overrideAccess: false })
        expect(asEditor.totalDocs).toBeGreaterThan(0)
        for (const user of [undefined, partner, officer]) {
          await expect(payload.findVersions({ collection, where, user, overrideAccess: false })).rejects.toMatchObject({
            status: 403,
          })
        }
      })
    })
  }

  it('keeps drafts out of the REST API for anonymous visitors, with ?draft=true too', async () => {
    const collection = COLLECTION_SLUGS.projects
    const list = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${collection}?draft=true&limit=100&depth=0`),
    })
    const ids = ((await list.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
    expect(ids).toContain(published[collection])
    expect(ids).not.toContain(drafts[collection])

    const one = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${collection}/${drafts[collection]}?draft=true`),
    })
    expect(one.status).toBe(404)
  })
})

describe('uploads', () => {
  it('accept images and refuse other kinds of file, with a clear error', async () => {
    const payload = await getTestPayload()
    await expect(
      payload.create({
        collection: COLLECTION_SLUGS.media,
        data: { alt: '说明' },
        file: { data: Buffer.from('#!/bin/sh\necho hi\n'), mimetype: 'application/x-sh', name: 'script.sh', size: 18 },
      }),
    ).rejects.toThrow(/file type|not allowed|invalid/i)
  })
})
