import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { User } from '@/payload-types'
import { richText, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const PROJECTS = COLLECTION_SLUGS.projects

async function queueSchedule(payload: Payload, args: { id: number; type: 'publish' | 'unpublish'; at: Date; user: User }) {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: args.type,
      doc: { relationTo: PROJECTS, value: args.id },
      user: { relationTo: COLLECTION_SLUGS.users, value: args.user.id },
    },
    waitUntil: args.at,
  })
}

const isVisibleToPublic = async (payload: Payload, id: number) =>
  (await payload.find({ collection: PROJECTS, where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

describe('the editorial workflow', () => {
  let payload: Payload
  let editor: User
  const created: number[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.delete({ collection: PROJECTS, where: { id: { in: created } } })
    await deleteStaffUsers(payload)
  })

  it('publishes a scheduled draft when its time comes, not before', async () => {
    const draft = await payload.create({
      collection: PROJECTS,
      data: { title: `定时发布项目 ${uniqueSuffix()}`, _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    created.push(draft.id)
    await queueSchedule(payload, { id: draft.id, type: 'publish', at: new Date(Date.now() + 1500), user: editor })

    await payload.jobs.run()
    expect(await isVisibleToPublic(payload, draft.id)).toBe(false)

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run()
    expect(await isVisibleToPublic(payload, draft.id)).toBe(true)
    const published = await payload.findByID({ collection: PROJECTS, id: draft.id, depth: 0 })
    expect(published.publishedAt).toBeTruthy()
  })

  it('unpublishes on schedule too', async () => {
    const live = await payload.create({ collection: PROJECTS, data: { title: `定时下线 ${uniqueSuffix()}`, _status: 'published' } })
    created.push(live.id)
    await queueSchedule(payload, { id: live.id, type: 'unpublish', at: new Date(Date.now() - 1000), user: editor })
    await payload.jobs.run()
    expect(await isVisibleToPublic(payload, live.id)).toBe(false)
  })

  it('keeps an edited draft of a published document away from the public until it is published', async () => {
    const live = await payload.create({ collection: PROJECTS, data: { title: `已发布 ${uniqueSuffix()}`, _status: 'published' }, locale: 'zh' })
    created.push(live.id)
    await payload.update({ collection: PROJECTS, id: live.id, data: { title: '尚未发布的修改' }, draft: true, locale: 'zh' })
    const publicView = await payload.findByID({ collection: PROJECTS, id: live.id, overrideAccess: false, locale: 'zh' })
    expect(publicView.title).toBe(live.title)
    const staffView = await payload.findByID({ collection: PROJECTS, id: live.id, draft: true, user: editor, overrideAccess: false, locale: 'zh' })
    expect(staffView.title).toBe('尚未发布的修改')
  })

  it('makes a pinyin slug from a Chinese-only title, and a distinct one for the same title', async () => {
    const data = { title: '青岛滨海国际中心', _status: 'published' as const }
    const first = await payload.create({ collection: PROJECTS, data, locale: 'zh' })
    const second = await payload.create({ collection: PROJECTS, data, locale: 'zh' })
    created.push(first.id, second.id)
    expect(first.slug).toMatch(/^qing-dao-bin-hai-guo-ji-zhong-xin(-\d+)?$/)
    expect(second.slug).toMatch(/^qing-dao-bin-hai-guo-ji-zhong-xin-\d+$/)
    expect(second.slug).not.toBe(first.slug)
  })

  it('makes the slug from the English title when there is one', async () => {
    const project = await payload.create({
      collection: PROJECTS,
      data: { title: `Cruise Port Area ${uniqueSuffix()}`, _status: 'published' },
      locale: 'en',
    })
    created.push(project.id)
    expect(project.slug).toMatch(/^cruise-port-area-[0-9a-f]{8}$/)
  })

  it('refuses a typed slug that another document has, with an error on the field', async () => {
    const taken = await payload.create({ collection: PROJECTS, data: { title: `Taken ${uniqueSuffix()}`, _status: 'published' }, locale: 'en' })
    created.push(taken.id)
    await expect(
      payload.create({ collection: PROJECTS, data: { title: 'Another', slug: taken.slug, _status: 'published' }, locale: 'en' }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'slug' })] } })
  })

  it('falls back to Chinese for a text missing in Japanese, and says which locales are translated', async () => {
    const project = await payload.create({
      collection: PROJECTS,
      locale: 'zh',
      data: { title: '东软载波创新中心', summary: '老四方工业区的产业项目。', body: richText('6个产业项目开工。'), _status: 'published' },
    })
    created.push(project.id)
    await payload.update({
      collection: PROJECTS,
      id: project.id,
      locale: 'en',
      data: { title: 'Eastsoft Innovation Centre', summary: 'An industrial project in old Sifang.', body: richText('Six projects broke ground.') },
    })
    const ja = await payload.findByID({ collection: PROJECTS, id: project.id, locale: 'ja', fallbackLocale: 'zh', overrideAccess: false })
    expect(ja.title).toBe('东软载波创新中心')
    expect(ja.translatedLocales).toEqual(['zh', 'en'])
    expect(ja.translatedLocales).not.toContain('ja')

    const complete = await payload.create({
      collection: PROJECTS,
      locale: 'zh',
      data: { title: '全部译完', summary: '摘要', body: richText('正文'), _status: 'published' },
    })
    created.push(complete.id)
    for (const locale of ['en', 'ja', 'ko'] as const) {
      await payload.update({ collection: PROJECTS, id: complete.id, locale, data: { title: 'T', summary: 'S', body: richText('B') } })
    }
    const needingJapanese = await payload.find({
      collection: PROJECTS,
      where: { id: { in: [project.id, complete.id] }, missingLocales: { in: ['ja'] } },
    })
    expect(needingJapanese.docs.map((doc) => doc.id)).toEqual([project.id])
  })
})
