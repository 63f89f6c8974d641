import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { Project, User } from '@/payload-types'
import { richText, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const PROJECTS = COLLECTION_SLUGS.projects

type Answer = { status: number; body: Record<string, unknown> }

async function call(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Answer> {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('translations that fall behind their Chinese source', () => {
  let payload: Payload
  let editor: User
  let officer: User
  let editorToken: string
  let officerToken: string
  const created: number[] = []

  const asEditor = () => ({ user: editor, overrideAccess: false })
  const stateOf = async (id: number) => {
    const doc = (await payload.findByID({ collection: PROJECTS, id, draft: true, depth: 0, user: editor, overrideAccess: false })) as Project
    return doc.translationState
  }

  /** A published project in zh, en and ja (title and summary); nothing in ko. */
  const createTranslated = async () => {
    const suffix = uniqueSuffix()
    const doc = await payload.create({
      collection: PROJECTS,
      locale: 'zh',
      data: { title: `智能制造项目 ${suffix}`, summary: '项目简介。', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    created.push(doc.id)
    const texts = { en: ['Smart manufacturing project', 'About the project.'], ja: ['スマート製造プロジェクト', 'プロジェクトの概要。'] }
    for (const [locale, [title, summary]] of Object.entries(texts) as ['en' | 'ja', string[]][]) {
      await payload.update({ collection: PROJECTS, id: doc.id, locale, data: { title, summary, _status: 'published' }, user: editor, overrideAccess: false })
    }
    return doc.id
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    officer = await createStaffUser(payload, 'officer')
    for (const user of [editor, officer]) {
      await payload.update({ collection: COLLECTION_SLUGS.users, id: user.id, data: { password: TEST_PASSWORD } })
    }
    editorToken = (await payload.login({ collection: COLLECTION_SLUGS.users, data: { email: editor.email, password: TEST_PASSWORD } })).token!
    officerToken = (await payload.login({ collection: COLLECTION_SLUGS.users, data: { email: officer.email, password: TEST_PASSWORD } })).token!
  })

  afterAll(async () => {
    await payload.delete({ collection: PROJECTS, where: { id: { in: created } } })
    await deleteStaffUsers(payload)
  })

  it('counts a locale current once translated, and missing while it has nothing', async () => {
    const id = await createTranslated()
    const state = await stateOf(id)
    expect(state).toMatchObject({ en: 'current', ja: 'current', ko: 'missing' })
    expect(state?.details).toMatchObject({ ko: { missing: ['title', 'summary'], outdated: [] } })
  })

  it('marks en and ja outdated for the field whose Chinese changed; ko stays missing', async () => {
    const id = await createTranslated()
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: `智能制造产业园项目 ${uniqueSuffix()}` }, ...asEditor() })
    const state = await stateOf(id)
    expect(state).toMatchObject({ en: 'outdated', ja: 'outdated', ko: 'missing' })
    expect(state?.details).toMatchObject({ en: { outdated: ['title'] }, ja: { outdated: ['title'] } })

    // The list filters by it: the document is among the outdated in ja, not among the current.
    const outdatedInJa = await payload.find({ collection: PROJECTS, where: { id: { equals: id }, 'translationState.ja': { equals: 'outdated' } }, ...asEditor() })
    expect(outdatedInJa.totalDocs).toBe(1)
    const currentInJa = await payload.count({ collection: PROJECTS, where: { id: { equals: id }, 'translationState.ja': { equals: 'current' } }, ...asEditor() })
    expect(currentInJa.totalDocs).toBe(0)
  })

  it('makes en current when en is saved with its text updated, and leaves ja outdated', async () => {
    const id = await createTranslated()
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: `智能制造产业园项目 ${uniqueSuffix()}` }, ...asEditor() })
    await payload.update({ collection: PROJECTS, id, locale: 'en', data: { title: 'Smart manufacturing industrial park project' }, ...asEditor() })
    expect(await stateOf(id)).toMatchObject({ en: 'current', ja: 'outdated', ko: 'missing' })

    // Saving en again without touching the outdated field does not hide that it is outdated.
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { summary: '新的项目简介。' }, ...asEditor() })
    await payload.update({ collection: PROJECTS, id, locale: 'en', data: { title: 'Smart manufacturing industrial park project' }, ...asEditor() })
    expect(await stateOf(id)).toMatchObject({ en: 'outdated', details: { en: { outdated: ['summary'] } } })
  })

  it('notices a change in the Chinese of a rich text body too', async () => {
    const id = await createTranslated()
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { body: richText('正文第一版。') }, ...asEditor() })
    await payload.update({ collection: PROJECTS, id, locale: 'en', data: { body: richText('The first body.') }, ...asEditor() })
    expect((await stateOf(id))?.en).toBe('current')
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { body: richText('正文第二版。') }, ...asEditor() })
    expect(await stateOf(id)).toMatchObject({ en: 'outdated', details: { en: { outdated: ['body'] } } })
  })

  it('lets an editor mark ja still correct without changing it, recording who and when', async () => {
    const id = await createTranslated()
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: `智能制造项目（更正） ${uniqueSuffix()}` }, ...asEditor() })
    const jaTitle = ((await payload.findByID({ collection: PROJECTS, id, locale: 'ja', draft: true, ...asEditor() })) as Project).title

    const answer = await call(`${PROJECTS}/${id}/translation/ja/confirm`, { method: 'POST', token: editorToken })
    expect(answer).toMatchObject({ status: 200, body: { state: 'current' } })

    const state = await stateOf(id)
    expect(state).toMatchObject({ ja: 'current', en: 'outdated' })
    expect((state?.details as { ja: { confirmed: { by: number; at: string } } }).ja.confirmed.by).toBe(editor.id)
    expect(Date.now() - Date.parse((state?.details as { ja: { confirmed: { at: string } } }).ja.confirmed.at)).toBeLessThan(60_000)
    expect(((await payload.findByID({ collection: PROJECTS, id, locale: 'ja', draft: true, ...asEditor() })) as Project).title).toBe(jaTitle)
    // The document stays published, and the public sees the same ja title.
    expect(((await payload.findByID({ collection: PROJECTS, id, locale: 'ja', overrideAccess: false })) as Project).title).toBe(jaTitle)
  })

  it('refuses "still correct" to officers, to the anonymous, for the source locale and for an unknown document', async () => {
    const id = await createTranslated()
    expect((await call(`${PROJECTS}/${id}/translation/ja/confirm`, { method: 'POST', token: officerToken })).status).toBe(403)
    expect((await call(`${PROJECTS}/${id}/translation/ja/confirm`, { method: 'POST' })).status).toBe(403)
    expect((await call(`${PROJECTS}/${id}/translation/zh/confirm`, { method: 'POST', token: editorToken })).status).toBe(400)
    expect((await call(`${PROJECTS}/${id}/translation/fr/confirm`, { method: 'POST', token: editorToken })).status).toBe(400)
    expect((await call(`${PROJECTS}/999999999/translation/ja/confirm`, { method: 'POST', token: editorToken })).status).toBe(404)
  })

  it('never shows the state to the public, in REST or GraphQL; staff see it', async () => {
    const id = await createTranslated()
    const anonymous = await call(`${PROJECTS}/${id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('translationState')
    const list = await call(`${PROJECTS}?depth=0&where[id][equals]=${id}`)
    expect((list.body.docs as Record<string, unknown>[])[0]).not.toHaveProperty('translationState')

    const staff = await call(`${PROJECTS}/${id}?depth=0`, { token: editorToken })
    expect(staff.body).toMatchObject({ translationState: { en: 'current', ko: 'missing' } })

    const query = `{ Project(id: ${id}) { id translationState { en ja ko details } } }`
    const graphql = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
    )
    const answer = JSON.stringify(await graphql.json())
    expect(JSON.parse(answer)).toMatchObject({ data: { Project: { id } } })
    expect(answer).not.toMatch(/current|missing|outdated|sources/)

    // Nor may anyone, staff included, write it: the server derives it.
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { translationState: { ko: 'current' } }, ...asEditor() })
    expect((await stateOf(id))?.ko).toBe('missing')
  })
})
