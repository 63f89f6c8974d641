import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { TranslationSource } from '@/lib/translation/sideBySide'
import type { StoredTranslationState } from '@/lib/translation/state'
import type { Project, User } from '@/payload-types'
import { createPartner, richText, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const PROJECTS = COLLECTION_SLUGS.projects

type Answer = { status: number; body: Record<string, unknown>; text: string }

async function call(path: string, init: { method?: string; token?: string; body?: unknown; language?: string } = {}): Promise<Answer> {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { authorization: init.token } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.language ? { 'accept-language': init.language } : {}),
      },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    }),
  })
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, text }
}

describe('the Chinese each translation was made from, kept for the side-by-side editor', () => {
  let payload: Payload
  let editor: User
  let editorToken: string
  let officerToken: string
  let partnerToken: string
  const created: number[] = []

  const asEditor = () => ({ user: editor, overrideAccess: false })
  const sourceFor = async (id: number, locale: string) => {
    const answer = await call(`${PROJECTS}/${id}/translation/${locale}/source`, { token: editorToken })
    expect(answer.status).toBe(200)
    return answer.body as unknown as TranslationSource
  }
  const detailsOf = async (id: number) =>
    ((await payload.findByID({ collection: PROJECTS, id, draft: true, depth: 0, ...asEditor() })) as Project).translationState?.details as StoredTranslationState['details']

  /** A published project written in zh, en and ja (title, summary, body); nothing in ko. */
  const createTranslated = async (zhTitle: string) => {
    const doc = await payload.create({
      collection: PROJECTS,
      locale: 'zh',
      data: { title: zhTitle, summary: '项目简介。', body: richText('正文第一版。'), _status: 'published' },
      ...asEditor(),
    })
    created.push(doc.id)
    const texts = { en: ['Smart manufacturing project', 'About the project.', 'The first body.'], ja: ['スマート製造プロジェクト', 'プロジェクトの概要。', '本文の第一版。'] }
    for (const [locale, [title, summary, body]] of Object.entries(texts) as ['en' | 'ja', string[]][]) {
      await payload.update({ collection: PROJECTS, id: doc.id, locale, data: { title, summary, body: richText(body), _status: 'published' }, ...asEditor() })
    }
    return doc.id
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    const officer = await createStaffUser(payload, 'officer')
    const signIn = async (collection: 'users' | 'partners', email: string) =>
      `JWT ${(await payload.login({ collection: COLLECTION_SLUGS[collection], data: { email, password: TEST_PASSWORD } })).token}`
    for (const user of [editor, officer]) {
      await payload.update({ collection: COLLECTION_SLUGS.users, id: user.id, data: { password: TEST_PASSWORD } })
    }
    editorToken = await signIn('users', editor.email)
    officerToken = await signIn('users', officer.email)
    partnerToken = await signIn('partners', (await createPartner(payload, `Harbour Logistics ${uniqueSuffix()}`)).email)
  })

  afterAll(async () => {
    await payload.delete({ collection: PROJECTS, where: { id: { in: created } } })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, where: { organisation: { like: 'Harbour Logistics%' } } })
    await deleteStaffUsers(payload)
  })

  it('shows each zh text unchanged beside a fresh translation, and as untranslated beside a locale with none', async () => {
    const id = await createTranslated(`智能制造项目 ${uniqueSuffix()}`)
    const en = await sourceFor(id, 'en')
    expect(en.fields.title).toMatchObject({ key: 'title', since: 'unchanged' })
    expect(en.fields.summary).toMatchObject({ text: '项目简介。', value: '项目简介。', since: 'unchanged' })
    // A rich text shows as its plain text; its value is the rich text, for copying.
    expect(en.fields.body).toMatchObject({ text: '正文第一版。', since: 'unchanged', value: richText('正文第一版。') })
    expect((await sourceFor(id, 'ko')).fields.title.since).toBe('untranslated')
  })

  it('marks what changed in the zh since each translation, and forgets it for the locale saved since', async () => {
    const suffix = uniqueSuffix()
    const id = await createTranslated(`智能制造项目 ${suffix}`)
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: `智能制造产业园项目 ${suffix}` }, ...asEditor() })

    const en = await sourceFor(id, 'en')
    expect(en.fields.title.since).toBe('changed')
    expect(en.fields.title.text).toBe(`智能制造产业园项目 ${suffix}`)
    const added = en.fields.title.changes!.filter((change) => change.added).map((change) => change.value).join('')
    expect(added).toContain('产业园')
    expect(added).not.toContain(suffix)
    // The changes read back as the new text when the removed parts are left out, and as the old without the added.
    expect(en.fields.title.changes!.filter((change) => !change.removed).map((change) => change.value).join('')).toBe(`智能制造产业园项目 ${suffix}`)
    expect(en.fields.title.changes!.filter((change) => !change.added).map((change) => change.value).join('')).toBe(`智能制造项目 ${suffix}`)
    expect(en.fields.summary.since).toBe('unchanged')

    // Saving en with its title translated anew records today's zh for en; ja still shows the change.
    await payload.update({ collection: PROJECTS, id, locale: 'en', data: { title: 'Smart manufacturing industrial park project' }, ...asEditor() })
    expect((await sourceFor(id, 'en')).fields.title).toMatchObject({ since: 'unchanged' })
    expect((await sourceFor(id, 'en')).fields.title.changes).toBeUndefined()
    expect((await sourceFor(id, 'ja')).fields.title.since).toBe('changed')
  })

  it('keeps the zh text a translation was made from only while a locale refers to it, once for all locales', async () => {
    const suffix = uniqueSuffix()
    const first = `智能制造项目 ${suffix}`
    const id = await createTranslated(first)
    const second = `智能制造产业园项目 ${suffix}`
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: second }, ...asEditor() })

    // A save of zh keeps the text en and ja were translated from: the one before the change.
    let details = await detailsOf(id)
    const kept = () => Object.values(details?.sourceTexts ?? {}).flat()
    expect(details?.en?.sources.title).toBe(details?.ja?.sources.title)
    expect(details?.sourceTexts?.[details!.en!.sources.title]).toEqual([first])
    expect(kept()).not.toContain(second)

    // en saved with its title changed: en now refers to today's zh, ja still to the earlier one.
    await payload.update({ collection: PROJECTS, id, locale: 'en', data: { title: 'Smart manufacturing industrial park project' }, ...asEditor() })
    details = await detailsOf(id)
    expect(details?.sourceTexts?.[details!.en!.sources.title]).toEqual([second])
    expect(details?.sourceTexts?.[details!.ja!.sources.title]).toEqual([first])

    // en saved without touching its title records nothing new for the title.
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: `${second}（三期）` }, ...asEditor() })
    await payload.update({ collection: PROJECTS, id, locale: 'en', data: { summary: 'About the project, again.' }, ...asEditor() })
    details = await detailsOf(id)
    expect(details?.sourceTexts?.[details!.en!.sources.title]).toEqual([second])

    // Once ja is translated anew too, no locale refers to the first text: it is no longer kept.
    await payload.update({ collection: PROJECTS, id, locale: 'ja', data: { title: 'スマート製造産業園プロジェクト（三期）' }, ...asEditor() })
    details = await detailsOf(id)
    expect(kept()).not.toContain(first)
  })

  it('marks changes in a rich text body by its words', async () => {
    const id = await createTranslated(`智能制造项目 ${uniqueSuffix()}`)
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { body: richText('正文第二版，新增投资说明。') }, ...asEditor() })
    const body = (await sourceFor(id, 'en')).fields.body
    expect(body.since).toBe('changed')
    expect(body.changes!.filter((change) => change.added).map((change) => change.value).join('')).toContain('投资')
    expect(body.changes!.filter((change) => change.removed).map((change) => change.value).join('')).toContain('第一')
  })

  it('never gives the kept zh texts or the changes to the public, a partner or a GraphQL reader; staff read them', async () => {
    const suffix = uniqueSuffix()
    const first = `旧标题留存检查 ${suffix}`
    const id = await createTranslated(first)
    await payload.update({ collection: PROJECTS, id, locale: 'zh', data: { title: `新标题 ${suffix}` }, ...asEditor() })

    expect((await call(`${PROJECTS}/${id}/translation/en/source`)).status).toBe(403)
    expect((await call(`${PROJECTS}/${id}/translation/en/source`, { token: partnerToken })).status).toBe(403)
    expect((await call(`${PROJECTS}/${id}/translation/en/source`, { token: officerToken })).status).toBe(200)

    // Every language at once is refused to readers who are not staff (publishing is per language: it would
    // show the unpublished ones); what they may read never carries the kept texts.
    const readable = [`${PROJECTS}/${id}?depth=0`, `${PROJECTS}/${id}?depth=0&select[translationState]=true`, `${PROJECTS}?depth=0&where[id][equals]=${id}`]
    const everyLanguage = [`${PROJECTS}/${id}?depth=0&locale=all`, `${PROJECTS}?depth=0&locale=all&where[id][equals]=${id}`]
    for (const path of [...readable, ...everyLanguage]) {
      for (const token of [undefined, partnerToken]) {
        const answer = await call(path, { token })
        expect(answer.status, path).toBe(everyLanguage.includes(path) ? 403 : 200)
        expect(answer.text, path).not.toContain(first)
        expect(answer.text, path).not.toContain('sourceTexts')
      }
    }
    const versions = await call(`${PROJECTS}/versions?depth=0&where[parent][equals]=${id}`)
    expect(versions.text).not.toContain(first)

    const query = `{ Project(id: ${id}) { id translationState { details } } Projects(where: { id: { equals: ${id} } }) { docs { id translationState { details } } } }`
    const graphql = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
    )
    const answer = await graphql.text()
    // The project itself is public: the answer names it, without the state.
    expect(JSON.parse(answer)).toMatchObject({ data: { Project: { id }, Projects: { docs: [{ id }] } } })
    expect(answer).not.toContain(first)
    expect(answer).not.toContain('sourceTexts')

    const staff = await call(`${PROJECTS}/${id}?depth=0`, { token: editorToken })
    expect(staff.text).toContain(first)
  })

  it('refuses a bad locale in the reader’s language, and answers 404 for an unknown document', async () => {
    const id = await createTranslated(`智能制造项目 ${uniqueSuffix()}`)
    const zh = await call(`${PROJECTS}/${id}/translation/zh/source`, { token: editorToken, language: 'ja' })
    expect(zh.status).toBe(400)
    expect(zh.body.message).toContain('言語')
    expect((await call(`${PROJECTS}/${id}/translation/fr/source`, { token: editorToken })).status).toBe(400)
    expect((await call(`${PROJECTS}/999999999/translation/en/source`, { token: editorToken })).status).toBe(404)
    expect((await call(`${PROJECTS}/abc/translation/en/source`, { token: editorToken })).status).toBe(404)
  })
})
