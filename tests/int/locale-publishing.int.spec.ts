// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis.
import 'next/dist/server/node-environment-baseline'

import config from '@payload-config'
import type { IncrementalCache } from 'next/dist/server/lib/incremental-cache'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findPublishedCards } from '@/lib/data/cards'
import { searchPublished } from '@/lib/data/search'
import { findPublishedLocales } from '@/lib/data/sitemap'
import type { Locale } from '@/lib/i18n/locales'
import type { Project, User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { installNextCache } from './nextCache'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const PROJECTS = COLLECTION_SLUGS.projects

/** What an anonymous visitor gets from the REST API for a project in a locale: its title, or null for a 404. */
async function publicTitle(id: number, locale: Locale): Promise<string | null> {
  const response = await handleEndpoints({ config, request: new Request(`http://localhost/api/${PROJECTS}/${id}?locale=${locale}&depth=0`) })
  if (response.status === 404) return null
  expect(response.status).toBe(200)
  return ((await response.json()) as { title: string }).title
}

/** The project's card on the portal's list in a locale, as a visitor sees it. */
async function cardIn(id: number, locale: Locale) {
  const { cards } = await findPublishedCards({ collection: PROJECTS, locale, where: { id: { equals: id } }, isCached: false })
  return cards[0] ? { title: cards[0].title, isFallback: cards[0].isFallback } : null
}

describe('publishing one locale at a time', () => {
  let payload: Payload
  let editor: User
  let cache: IncrementalCache
  let uninstallNextCache: () => void
  const created: number[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    ;({ cache, uninstall: uninstallNextCache } = installNextCache())
  })

  afterAll(async () => {
    uninstallNextCache()
    await payload.delete({ collection: PROJECTS, where: { id: { in: created } } })
    await deleteStaffUsers(payload)
  })

  /** As the editor, through access control. */
  const editorArgs = () => ({ user: editor, overrideAccess: false })

  /** A project published in Chinese with "Publish" (every locale, the others falling back to the Chinese), as editors start. */
  async function publishedInChinese(title: string): Promise<Project> {
    const project = await payload.create({ collection: PROJECTS, locale: 'zh', data: { title, summary: '市北区的项目。', _status: 'published' }, ...editorArgs() })
    created.push(project.id)
    return project
  }

  it('publishes the English while the Japanese stays a draft: English readers see it, Japanese readers the Chinese with the notice', async () => {
    const suffix = uniqueSuffix()
    const titles = { zh: `邮轮母港项目 ${suffix}`, en: `Cruise home port ${suffix}`, ja: `クルーズ母港 ${suffix}` }
    const project = await publishedInChinese(titles.zh)
    await payload.update({ collection: PROJECTS, id: project.id, locale: 'ja', draft: true, data: { title: titles.ja, summary: 'クルーズ港の事業です。' }, ...editorArgs() })
    await payload.update({ collection: PROJECTS, id: project.id, locale: 'en', draft: true, data: { title: titles.en, summary: 'A project at the cruise port.' }, ...editorArgs() })

    await payload.update({ collection: PROJECTS, id: project.id, locale: 'en', publishSpecificLocale: 'en', data: { _status: 'published' }, ...editorArgs() })

    expect(await publicTitle(project.id, 'en')).toBe(titles.en)
    expect(await publicTitle(project.id, 'ja')).toBe(titles.zh)
    expect(await cardIn(project.id, 'en')).toEqual({ title: titles.en, isFallback: false })
    expect(await cardIn(project.id, 'ja')).toEqual({ title: titles.zh, isFallback: true })
    const search = (query: string, locale: Locale) => searchPublished({ query, locale, section: null }).then((results) => results.total)
    expect(await search(`Cruise home port ${suffix}`, 'en')).toBe(1)
    expect(await search(`クルーズ母港 ${suffix}`, 'ja')).toBe(0)
    // The Japanese translation is kept as the editor's draft.
    const draft = await payload.findByID({ collection: PROJECTS, id: project.id, locale: 'ja', draft: true, ...editorArgs() })
    expect(draft.title).toBe(titles.ja)

    await payload.update({ collection: PROJECTS, id: project.id, locale: 'ja', publishSpecificLocale: 'ja', data: { _status: 'published' }, ...editorArgs() })
    expect(await publicTitle(project.id, 'ja')).toBe(titles.ja)
    expect(await cardIn(project.id, 'ja')).toEqual({ title: titles.ja, isFallback: false })
    expect(await publicTitle(project.id, 'en')).toBe(titles.en)
    expect(await search(`クルーズ母港 ${suffix}`, 'ja')).toBe(1)
  })

  it('shows a document only in the locales it is published in, on the API, the lists and the sitemap', async () => {
    const title = `仅中文发布 ${uniqueSuffix()}`
    const draft = await payload.create({ collection: PROJECTS, locale: 'zh', draft: true, data: { title, _status: 'draft' }, ...editorArgs() })
    created.push(draft.id)
    await payload.update({ collection: PROJECTS, id: draft.id, locale: 'en', draft: true, data: { title: `Chinese first ${title}` }, ...editorArgs() })

    await payload.update({ collection: PROJECTS, id: draft.id, locale: 'zh', publishSpecificLocale: 'zh', data: { _status: 'published' }, ...editorArgs() })
    expect(await publicTitle(draft.id, 'zh')).toBe(title)
    expect(await publicTitle(draft.id, 'en')).toBeNull()
    expect(await cardIn(draft.id, 'en')).toBeNull()
    expect(await findPublishedLocales(PROJECTS, draft.slug!)).toEqual(['zh'])

    await payload.update({ collection: PROJECTS, id: draft.id, locale: 'en', publishSpecificLocale: 'en', data: { _status: 'published' }, ...editorArgs() })
    expect(await publicTitle(draft.id, 'en')).toBe(`Chinese first ${title}`)
    expect(await findPublishedLocales(PROJECTS, draft.slug!)).toEqual(['zh', 'en'])

    // Nor can a visitor read every locale at once, which would hand out the unpublished ones with the rest.
    const everyLocale = await handleEndpoints({ config, request: new Request(`http://localhost/api/${PROJECTS}/${draft.id}?locale=all&depth=0`) })
    expect(everyLocale.status).not.toBe(200)
    expect(await everyLocale.text()).not.toContain(title)

    // "Unpublish" in the English edit screen: that locale only.
    await payload.update({ collection: PROJECTS, id: draft.id, locale: 'en', unpublishAllLocales: false, data: { _status: 'draft' }, ...editorArgs() })
    expect(await publicTitle(draft.id, 'en')).toBeNull()
    expect(await publicTitle(draft.id, 'zh')).toBe(title)
    expect(await findPublishedLocales(PROJECTS, draft.slug!)).toEqual(['zh'])

    // A write that names no locale unpublishes (and publishes) the document in every locale, as before.
    await payload.update({ collection: PROJECTS, id: draft.id, locale: 'zh', data: { _status: 'draft' }, ...editorArgs() })
    expect(await publicTitle(draft.id, 'zh')).toBeNull()
    expect(await findPublishedLocales(PROJECTS, draft.slug!)).toEqual([])
  })

  it('publishes on schedule the locale chosen, or every locale when none was', async () => {
    const title = `定时分语言发布 ${uniqueSuffix()}`
    const draft = await payload.create({ collection: PROJECTS, locale: 'zh', draft: true, data: { title, _status: 'draft' }, ...editorArgs() })
    created.push(draft.id)
    await payload.update({ collection: PROJECTS, id: draft.id, locale: 'en', draft: true, data: { title: `Scheduled ${title}` }, ...editorArgs() })
    const schedule = (locale?: Locale) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', ...(locale ? { locale } : {}), doc: { relationTo: PROJECTS, value: draft.id }, user: { relationTo: COLLECTION_SLUGS.users, value: editor.id } },
        waitUntil: new Date(Date.now() - 1000),
      })

    await schedule('en')
    await payload.jobs.run()
    expect(await publicTitle(draft.id, 'en')).toBe(`Scheduled ${title}`)
    expect(await publicTitle(draft.id, 'zh')).toBeNull()

    await schedule()
    await payload.jobs.run()
    expect(await publicTitle(draft.id, 'zh')).toBe(title)
    expect(await publicTitle(draft.id, 'ko')).toBe(title)
  })

  it('refreshes the pages of the locale published, and every locale when the Chinese or a shared field changed', async () => {
    const project = await publishedInChinese(`缓存分语言 ${uniqueSuffix()}`)
    const expired = vi.spyOn(cache, 'revalidateTag')
    const publishEnglish = (data: Partial<Project>) =>
      payload.update({ collection: PROJECTS, id: project.id, locale: 'en', publishSpecificLocale: 'en', data: { ...data, _status: 'published' }, ...editorArgs() })
    const tagsOf = () => expired.mock.calls.flatMap(([tags]) => [tags].flat())
    try {
      await publishEnglish({ title: `Cache per locale ${project.id}` })
      expect(tagsOf()).toContain(`collection:${PROJECTS}:en`)
      expect(tagsOf()).not.toContain(`collection:${PROJECTS}:ja`)

      expired.mockClear()
      await publishEnglish({ featured: true })
      expect(tagsOf()).toEqual(expect.arrayContaining([`collection:${PROJECTS}:ja`, `collection:${PROJECTS}:zh`]))

      expired.mockClear()
      await payload.update({ collection: PROJECTS, id: project.id, locale: 'zh', publishSpecificLocale: 'zh', data: { title: `缓存分语言（改） ${project.id}`, _status: 'published' }, ...editorArgs() })
      expect(tagsOf()).toEqual(expect.arrayContaining([`collection:${PROJECTS}:ja`, `collection:${PROJECTS}:ko`]))
    } finally {
      expired.mockRestore()
    }
  })
})
