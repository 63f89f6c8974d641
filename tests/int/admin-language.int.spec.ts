import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { avatarInitials } from '@/lib/admin/avatarInitials'
import type { User } from '@/payload-types'
import { TEST_PASSWORD } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const USERS = COLLECTION_SLUGS.users

/** A REST call as the admin's own fetches make it, with its answer's cookies. */
async function call(path: string, init: { method: string; token?: string; body: unknown }) {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${path}`, {
      method: init.method,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
      body: JSON.stringify(init.body),
    }),
  })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return { status: response.status, body, cookies: response.headers.getSetCookie() }
}

/** The admin language Payload reads from the answer's `payload-lng` cookie, if it sets one. */
const languageCookie = (cookies: string[]) => cookies.map((cookie) => /^payload-lng=([^;]*)/.exec(cookie)?.[1]).find(Boolean)

describe('each staff member’s own admin language', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let colleague: User

  const withPassword = async (user: User, adminLanguage?: User['adminLanguage']) =>
    payload.update({ collection: USERS, id: user.id, data: { password: TEST_PASSWORD, ...(adminLanguage ? { adminLanguage } : {}) } })
  const signIn = (user: User) => call(`${USERS}/login`, { method: 'POST', body: { email: user.email, password: TEST_PASSWORD } })

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await withPassword(await createStaffUser(payload, 'admin'))
    editor = await withPassword(await createStaffUser(payload, 'editor'))
    colleague = await withPassword(await createStaffUser(payload, 'editor'))
  })

  afterAll(async () => {
    await deleteStaffUsers(payload)
  })

  it('is Chinese for a new account', () => {
    expect(editor.adminLanguage).toBe('zh')
  })

  it('is set by the staff member themself, and the admin opens in it at their next sign-in', async () => {
    const updated = await payload.update({ collection: USERS, id: editor.id, data: { adminLanguage: 'ja' }, user: editor, overrideAccess: false })
    expect(updated.adminLanguage).toBe('ja')
    const signedIn = await signIn(editor)
    expect(signedIn.status).toBe(200)
    expect(languageCookie(signedIn.cookies)).toBe('ja')
    expect(languageCookie((await signIn(colleague)).cookies)).toBe('zh')
  })

  it('switches the admin at once when they save their own language', async () => {
    const { body } = await signIn(colleague)
    const saved = await call(`${USERS}/${colleague.id}`, { method: 'PATCH', token: body.token, body: { adminLanguage: 'ko' } })
    expect(saved.status).toBe(200)
    expect(languageCookie(saved.cookies)).toBe('ko')
  })

  it('is not changed by an editor for a colleague, and an admin changing it leaves their own admin as it is', async () => {
    await expect(
      payload.update({ collection: USERS, id: colleague.id, data: { adminLanguage: 'en' }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const { body } = await signIn(admin)
    const saved = await call(`${USERS}/${colleague.id}`, { method: 'PATCH', token: body.token, body: { adminLanguage: 'en' } })
    expect(saved.status).toBe(200)
    expect(languageCookie(saved.cookies)).toBeUndefined()
    expect((await payload.findByID({ collection: USERS, id: colleague.id })).adminLanguage).toBe('en')
  })

  it('refuses a language the admin does not speak, with a message and no 500', async () => {
    const before = (await payload.findByID({ collection: USERS, id: editor.id })).adminLanguage
    const { body } = await signIn(editor)
    const refused = await call(`${USERS}/${editor.id}`, { method: 'PATCH', token: body.token, body: { adminLanguage: 'fr' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toEqual(expect.any(String))
    expect(languageCookie(refused.cookies)).toBeUndefined()
    expect((await payload.findByID({ collection: USERS, id: editor.id })).adminLanguage).toBe(before)
  })
})

describe('the admin’s avatar', () => {
  it('is drawn here from the account, never fetched from Gravatar', async () => {
    expect((await config).admin.avatar).toEqual({ Component: '/components/admin/frame/StaffAvatar#StaffAvatar' })
    expect(avatarInitials({ name: '王小明', email: 'wang@staff.test' })).toBe('小明')
    expect(avatarInitials({ name: '김민준', email: 'kim@staff.test' })).toBe('민준')
    expect(avatarInitials({ name: 'Mary Ann Smith', email: 'mary@staff.test' })).toBe('MS')
    expect(avatarInitials({ name: '  ', email: 'lee@staff.test' })).toBe('L')
  })
})
