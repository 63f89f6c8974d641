// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis (./nextCache).
import { installNextCache } from './nextCache'

import type { IncrementalCache } from 'next/dist/server/lib/incremental-cache'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { CACHE_TAGS, documentTags } from '@/lib/cache/tags'
import { findPublishedCards } from '@/lib/data/cards'
import type { User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const PROJECTS = COLLECTION_SLUGS.projects

type NextServerGlobals = { __incrementalCache?: IncrementalCache }

/** What the cached list shows of one project, and what a list filtered by a typed keyword shows (its per-document card cache). */
async function titlesOnTheLists(id: number) {
  const where = { id: { equals: id } }
  const [cached, typed] = await Promise.all([
    findPublishedCards({ collection: PROJECTS, locale: 'zh', where }),
    findPublishedCards({ collection: PROJECTS, locale: 'zh', where, isCached: false }),
  ])
  return { cachedList: cached.cards.map((card) => card.title), cardCache: typed.cards.map((card) => card.title) }
}

describe('publishing refreshes the cached portal', () => {
  let payload: Payload
  let editor: User
  let uninstallNextCache: () => void
  const created: number[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    uninstallNextCache = installNextCache().uninstall
  })

  afterAll(async () => {
    uninstallNextCache()
    await payload.delete({ collection: PROJECTS, where: { id: { in: created } } })
    await deleteStaffUsers(payload)
  })

  /** A published project, edited as a draft, then published by the job runner; the lists are read (and cached) before and after. */
  async function publishOnSchedule(runJobs: () => Promise<void>) {
    const suffix = uniqueSuffix()
    const before = `缓存刷新项目 ${suffix}`
    const after = `缓存刷新项目（定时发布）${suffix}`
    const project = await payload.create({ collection: PROJECTS, data: { title: before, _status: 'published' } })
    created.push(project.id)
    await payload.update({ collection: PROJECTS, id: project.id, data: { title: after }, draft: true, user: editor, overrideAccess: false })
    // The draft is not public: the lists, read and cached now, still show the published title.
    expect(await titlesOnTheLists(project.id)).toEqual({ cachedList: [before], cardCache: [before] })
    expect(await titlesOnTheLists(project.id)).toEqual({ cachedList: [before], cardCache: [before] })

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: PROJECTS, value: project.id }, user: { relationTo: COLLECTION_SLUGS.users, value: editor.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      await runJobs()
      expect(fetchSpy).not.toHaveBeenCalled()
    } finally {
      fetchSpy.mockRestore()
    }
    return { after, lists: await titlesOnTheLists(project.id) }
  }

  it('a scheduled publish, run as a job, shows on the cached lists, without a request to the server itself', async () => {
    const { after, lists } = await publishOnSchedule(() => payload.jobs.run().then(() => undefined))
    expect(lists).toEqual({ cachedList: [after], cardCache: [after] })
  })

  it('so does one run before the server’s first request, when Next has not yet put its cache on globalThis', async () => {
    const nextCache = (globalThis as NextServerGlobals).__incrementalCache
    const { after, lists } = await publishOnSchedule(async () => {
      delete (globalThis as NextServerGlobals).__incrementalCache
      try {
        await payload.jobs.run()
      } finally {
        ;(globalThis as NextServerGlobals).__incrementalCache = nextCache
      }
    })
    expect(lists).toEqual({ cachedList: [after], cardCache: [after] })
  })

  it('a document’s page is cached with the tags of what it shows, so publishing its industry or area refreshes it', () => {
    expect(documentTags(payload, PROJECTS, 'ja')).toEqual(
      expect.arrayContaining([
        ...[PROJECTS, COLLECTION_SLUGS.industries, COLLECTION_SLUGS.areas].map((slug) => CACHE_TAGS.collectionIn(slug, 'ja')),
        CACHE_TAGS.collection(COLLECTION_SLUGS.media),
      ]),
    )
    expect(documentTags(payload, COLLECTION_SLUGS.industries, 'ja')).not.toContain(CACHE_TAGS.collectionIn(PROJECTS, 'ja'))
    // Publishing the English of an industry leaves the Japanese pages alone.
    expect(documentTags(payload, PROJECTS, 'ja')).not.toContain(CACHE_TAGS.collectionIn(COLLECTION_SLUGS.industries, 'en'))
  })
})
