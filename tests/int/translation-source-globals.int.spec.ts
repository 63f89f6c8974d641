import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import type { TranslationSource } from '@/lib/translation/sideBySide'
import type { User } from '@/payload-types'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const SITE = GLOBAL_SLUGS.site

async function call(path: string, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${path}`, { headers: token ? { authorization: token } : {} }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('the Chinese beside a translation of the site settings (a global), as beside a content document', () => {
  let payload: Payload
  let editor: User
  let editorToken: string
  let partnerToken: string

  const asEditor = () => ({ user: editor, overrideAccess: false })
  const sourceFor = async (locale: string) => {
    const answer = await call(`globals/${SITE}/translation/${locale}/source`, editorToken)
    expect(answer.status).toBe(200)
    return answer.body as unknown as TranslationSource
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    await payload.update({ collection: COLLECTION_SLUGS.users, id: editor.id, data: { password: TEST_PASSWORD } })
    editorToken = `JWT ${(await payload.login({ collection: COLLECTION_SLUGS.users, data: { email: editor.email, password: TEST_PASSWORD } })).token}`
    const partner = await createPartner(payload, `Harbour Logistics ${uniqueSuffix()}`)
    partnerToken = `JWT ${(await payload.login({ collection: COLLECTION_SLUGS.partners, data: { email: partner.email, password: TEST_PASSWORD } })).token}`
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.partners, where: { organisation: { like: 'Harbour Logistics%' } } })
    await deleteStaffUsers(payload)
  })

  it('marks the office hours changed in Chinese since the English was written, then current once English is saved', async () => {
    const suffix = uniqueSuffix()
    await payload.updateGlobal({ slug: SITE, locale: 'zh', data: { name: `市北区投资促进门户 ${suffix}`, officeHours: '周一至周五 9:00–17:00', _status: 'published' }, ...asEditor() })
    await payload.updateGlobal({ slug: SITE, locale: 'en', data: { name: `Shibei investment portal ${suffix}`, officeHours: 'Monday to Friday, 9:00–17:00', _status: 'published' }, ...asEditor() })
    expect((await sourceFor('en')).fields.officeHours).toMatchObject({ text: '周一至周五 9:00–17:00', since: 'unchanged' })
    expect((await sourceFor('ko')).fields.officeHours.since).toBe('untranslated')

    await payload.updateGlobal({ slug: SITE, locale: 'zh', data: { officeHours: '周一至周五 8:30–17:00' }, ...asEditor() })
    const en = await sourceFor('en')
    expect(en.fields.officeHours.since).toBe('changed')
    const changes = en.fields.officeHours.changes!
    expect(changes.filter((change) => change.added).map((change) => change.value).join('')).not.toContain('周一至周五')
    expect(changes.filter((change) => !change.removed).map((change) => change.value).join('')).toBe('周一至周五 8:30–17:00')
    expect(changes.filter((change) => !change.added).map((change) => change.value).join('')).toBe('周一至周五 9:00–17:00')
    expect(en.fields.name.since).toBe('unchanged')
    const site = await payload.findGlobal({ slug: SITE, draft: true, depth: 0, ...asEditor() })
    expect(site.translationState?.en).toBe('outdated')

    await payload.updateGlobal({ slug: SITE, locale: 'en', data: { officeHours: 'Monday to Friday, 8:30–17:00' }, ...asEditor() })
    expect((await sourceFor('en')).fields.officeHours).toMatchObject({ since: 'unchanged' })
    expect((await payload.findGlobal({ slug: SITE, draft: true, depth: 0, ...asEditor() })).translationState?.en).toBe('current')
  })

  it('is for staff only: a visitor and a partner are refused, and the public reading of the settings carries no translation state', async () => {
    expect((await call(`globals/${SITE}/translation/en/source`)).status).toBe(403)
    expect((await call(`globals/${SITE}/translation/en/source`, partnerToken)).status).toBe(403)
    expect((await call(`globals/${SITE}/translation/zh/source`, editorToken)).status).toBe(400)
    const publicSite = await call(`globals/${SITE}?locale=en`)
    expect(publicSite.status).toBe(200)
    expect(publicSite.body).toHaveProperty('name')
    expect(publicSite.body).not.toHaveProperty('translationState')
  })
})
