import config from '@payload-config'
import { createLocalReq, handleEndpoints, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Partner, User } from '@/payload-types'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

/** Posts JSON to the REST API as a client would. */
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  })

describe('accounts: locks, unlocks and cookies from other sites', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let officer: User
  let partner: Partner

  /** Five wrong passwords lock an account for 15 minutes. */
  const lock = async (collection: 'users' | 'partners', email: string) => {
    for (let attempt = 0; attempt < 5; attempt++) await post(`${collection}/login`, { email, password: 'wrong-password' })
    const [account] = (await payload.find({ collection, where: { email: { equals: email } }, showHiddenFields: true, depth: 0 })).docs
    expect(new Date((account as { lockUntil?: string }).lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await createStaffUser(payload, 'admin')
    editor = await createStaffUser(payload, 'editor')
    officer = await createStaffUser(payload, 'officer')
    partner = await createPartner(payload, 'Osaka Chamber of Commerce')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.partners, id: partner.id })
    await deleteStaffUsers(payload)
  })

  it('answers a sign-in to a locked account exactly as one to an unknown address', async () => {
    await lock('partners', partner.email)
    const locked = await post('partners/login', { email: partner.email, password: TEST_PASSWORD })
    const unknown = await post('partners/login', { email: `${uniqueSuffix()}@nobody.test`, password: TEST_PASSWORD })
    expect(locked.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await locked.json()).toEqual(await unknown.json())
  })

  it('lets only an admin unlock an account, staff or partner', async () => {
    const victim = await createStaffUser(payload, 'admin')
    await lock('users', victim.email)
    for (const [collection, email] of [
      ['users', victim.email],
      ['partners', partner.email],
    ] as const) {
      const asPartner = { ...partner, collection: COLLECTION_SLUGS.partners }
      const asStaff = (user: User) => ({ ...user, collection: COLLECTION_SLUGS.users })
      for (const user of [asStaff(editor), asStaff(officer), asPartner]) {
        const req = await createLocalReq({ user: user as TypedUser }, payload)
        await expect(payload.unlock({ collection, data: { email, password: '' }, req, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
      }
      const req = await createLocalReq({ user: asStaff(admin) as TypedUser }, payload)
      expect(await payload.unlock({ collection, data: { email, password: '' }, req, overrideAccess: false })).toBe(true)
    }
    const signedIn = await post('partners/login', { email: partner.email, password: TEST_PASSWORD })
    expect(signedIn.status).toBe(200)
  })

  it('treats a session cookie sent from another site as signed out', async () => {
    // Staff passwords are random: this account's is one the test knows.
    const email = `csrf-${uniqueSuffix()}@staff.test`
    await payload.create({ collection: COLLECTION_SLUGS.users, data: { email, password: TEST_PASSWORD, roles: ['officer'] } })
    const { token: session } = await payload.login({ collection: COLLECTION_SLUGS.users, data: { email, password: TEST_PASSWORD } })
    const cookie = `payload-token=${session}`
    const [trusted] = payload.config.csrf
    const fromPortal = await payload.auth({ headers: new Headers({ cookie, origin: trusted }) })
    const fromElsewhere = await payload.auth({ headers: new Headers({ cookie, origin: 'https://attacker.example' }) })
    const crossSiteWithoutOrigin = await payload.auth({ headers: new Headers({ cookie, 'sec-fetch-site': 'cross-site' }) })
    expect(fromPortal.user?.collection).toBe(COLLECTION_SLUGS.users)
    expect(fromElsewhere.user).toBeNull()
    expect(crossSiteWithoutOrigin.user).toBeNull()
  })
})
