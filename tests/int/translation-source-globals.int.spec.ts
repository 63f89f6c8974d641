import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TranslationStatus } from '@/components/admin/TranslationStatus'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@/collections/slugs'
import type { TranslationSource } from '@/lib/translation/sideBySide'
import type { User } from '@/payload-types'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const SITE = GLOBAL_SLUGS.site

async function call(path: string, token?: string, method = 'GET'): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${path}`, { method, headers: token ? { authorization: token } : {} }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** The dashboard's "Needs translation" row of a global, as an editor reads it in English: a link in each column it counts in. */
async function dashboardRow(payload: Payload, user: User, label: string): Promise<string[]> {
  const element = await TranslationStatus({ payload, user, i18n: { language: 'en' } } as unknown as Parameters<typeof TranslationStatus>[0])
  const html = renderToStaticMarkup(element!)
  const row = html.split('<tr>').find((part) => part.includes(`>${label}</th>`))
  expect(row, `a row for ${label}`).toBeDefined()
  // Cells in column order: en current, en outdated, en missing, then ja and ko.
  return row!.split('<td').slice(1).map((cell) => (/<a href="([^"]+)">1<\/a>/.exec(cell)?.[1] ?? ''))
}

describe('the Chinese beside a translation of the site settings (a global), as beside a content document', () => {
  let payload: Payload
  let editor: User
  let editorToken: string
  let partnerToken: string
  let officerToken: string

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
    const officer = await createStaffUser(payload, 'officer')
    await payload.update({ collection: COLLECTION_SLUGS.users, id: officer.id, data: { password: TEST_PASSWORD } })
    officerToken = `JWT ${(await payload.login({ collection: COLLECTION_SLUGS.users, data: { email: officer.email, password: TEST_PASSWORD } })).token}`
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
  it('lets an editor mark the English still correct after the Chinese changed, recording who, without touching the English', async () => {
    const suffix = uniqueSuffix()
    await payload.updateGlobal({ slug: SITE, locale: 'zh', data: { officeHours: `周一至周五 9:00–17:00（${suffix}）`, _status: 'published' }, ...asEditor() })
    await payload.updateGlobal({ slug: SITE, locale: 'en', data: { officeHours: `Monday to Friday, 9:00–17:00 (${suffix})`, _status: 'published' }, ...asEditor() })
    // Punctuation only: the English still says the same.
    await payload.updateGlobal({ slug: SITE, locale: 'zh', data: { officeHours: `周一至周五，9:00–17:00（${suffix}）`, _status: 'published' }, ...asEditor() })
    expect((await payload.findGlobal({ slug: SITE, draft: true, depth: 0, ...asEditor() })).translationState?.en).toBe('outdated')
    expect((await dashboardRow(payload, editor, 'Site settings')).slice(0, 3)).toEqual(['', '/admin/globals/site?locale=en', ''])

    expect((await call(`globals/${SITE}/translation/en/confirm`, officerToken, 'POST')).status).toBe(403)
    expect((await call(`globals/${SITE}/translation/en/confirm`, partnerToken, 'POST')).status).toBe(403)
    expect((await call(`globals/${SITE}/translation/en/confirm`, undefined, 'POST')).status).toBe(403)
    expect((await call(`globals/${SITE}/translation/zh/confirm`, editorToken, 'POST')).status).toBe(400)
    expect((await payload.findGlobal({ slug: SITE, draft: true, depth: 0, ...asEditor() })).translationState?.en).toBe('outdated')

    expect(await call(`globals/${SITE}/translation/en/confirm`, editorToken, 'POST')).toMatchObject({ status: 200, body: { locale: 'en', state: 'current' } })
    const site = await payload.findGlobal({ slug: SITE, locale: 'en', draft: true, depth: 0, ...asEditor() })
    expect(site.translationState?.en).toBe('current')
    expect((site.translationState?.details as { en: { confirmed: { by: number } } }).en.confirmed.by).toBe(editor.id)
    expect(site.officeHours).toBe(`Monday to Friday, 9:00–17:00 (${suffix})`)
    expect((await dashboardRow(payload, editor, 'Site settings')).slice(0, 3)).toEqual(['/admin/globals/site?locale=en', '', ''])
    // Still published: the public reads the same English.
    expect((await payload.findGlobal({ slug: SITE, locale: 'en', depth: 0, overrideAccess: false })).officeHours).toBe(`Monday to Friday, 9:00–17:00 (${suffix})`)
  })
})
