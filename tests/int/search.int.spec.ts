import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { searchPublished, type SearchResults } from '@/lib/data/search'
import type { Locale } from '@/lib/i18n/locales'
import { richText, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

const NEWS = COLLECTION_SLUGS.news
const PROJECTS = COLLECTION_SLUGS.projects

const hrefs = (results: SearchResults) => results.groups.flatMap((group) => group.hits.map((hit) => hit.href))
const search = (query: string, locale: Locale = 'zh') => searchPublished({ query, locale, section: null })

describe('searching the portal', () => {
  let payload: Payload
  const created: { collection: typeof NEWS | typeof PROJECTS; id: number }[] = []
  // A word of its own per run, so that other files' documents never match.
  const marker = `zq${uniqueSuffix()}`

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const { collection, id } of created) await payload.delete({ collection, id })
  })

  async function createNews(title: string, status: 'draft' | 'published', extra: Record<string, unknown> = {}) {
    const doc = await payload.create({
      collection: NEWS,
      locale: 'zh',
      draft: status === 'draft',
      data: { title, _status: status, ...extra },
    })
    created.push({ collection: NEWS, id: doc.id })
    return doc
  }

  it('finds a published document by a Chinese word inside its title, with the match marked', async () => {
    const doc = await createNews(`市北区跨境电商产业园${marker}开园`, 'published')
    const results = await search(`跨境电商 ${marker}`)
    expect(hrefs(results)).toEqual([`/zh/news/${doc.slug}`])
    const [group] = results.groups
    expect(group.section).toBe('news')
    expect(group.total).toBe(1)
    expect(group.hits[0].title.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual(['跨境电商', marker])
  })

  it('finds words in the body and quotes the passage around them', async () => {
    const doc = await createNews(`港口物流 ${marker}`, 'published', {
      summary: '一段与搜索词无关的摘要。',
      body: richText('青岛港的冷链仓储能力位居全国前列，为进口食品企业提供一站式服务。'),
    })
    const results = await search(`冷链仓储 ${marker}`)
    expect(hrefs(results)).toEqual([`/zh/news/${doc.slug}`])
    const passage = results.groups[0].hits[0].snippet
    expect(passage.find((segment) => segment.isMatch)?.text).toBe('冷链仓储')
  })

  it('never finds a draft', async () => {
    await createNews(`草稿新闻 ${marker}draft`, 'draft')
    expect((await search(`${marker}draft`)).total).toBe(0)
  })

  it('forgets a document when it is unpublished, and finds it again when republished', async () => {
    const doc = await createNews(`即将下线 ${marker}off`, 'published')
    expect((await search(`${marker}off`)).total).toBe(1)
    await payload.update({ collection: NEWS, id: doc.id, data: { _status: 'draft' } })
    expect((await search(`${marker}off`)).total).toBe(0)
    await payload.update({ collection: NEWS, id: doc.id, data: { _status: 'published' } })
    expect((await search(`${marker}off`)).total).toBe(1)
  })

  it('keeps finding the published text while a draft of a change is saved, and the new text once published', async () => {
    const doc = await createNews(`原标题 ${marker}old`, 'published')
    await payload.update({ collection: NEWS, id: doc.id, locale: 'zh', draft: true, data: { title: `新标题 ${marker}new` } })
    expect((await search(`${marker}old`)).total).toBe(1)
    expect((await search(`${marker}new`)).total).toBe(0)
    await payload.update({ collection: NEWS, id: doc.id, locale: 'zh', data: { title: `新标题 ${marker}new`, _status: 'published' } })
    expect((await search(`${marker}old`)).total).toBe(0)
    expect((await search(`${marker}new`)).total).toBe(1)
  })

  it('forgets a deleted document', async () => {
    const doc = await payload.create({ collection: NEWS, locale: 'zh', data: { title: `删除 ${marker}gone`, _status: 'published' } })
    expect((await search(`${marker}gone`)).total).toBe(1)
    await payload.delete({ collection: NEWS, id: doc.id })
    expect((await search(`${marker}gone`)).total).toBe(0)
  })

  it('searches each locale in its own text: Japanese, Korean and English, case-insensitive and by word prefix', async () => {
    const doc = await createNews(`跨境电商服务 ${marker}`, 'published')
    await payload.update({ collection: NEWS, id: doc.id, locale: 'ja', data: { title: `越境EC支援センター ${marker}`, _status: 'published' } })
    await payload.update({ collection: NEWS, id: doc.id, locale: 'ko', data: { title: `국경 간 전자상거래를 지원합니다 ${marker}`, _status: 'published' } })
    await payload.update({ collection: NEWS, id: doc.id, locale: 'en', data: { title: `Cross-Border E-commerce Services ${marker}`, _status: 'published' } })
    const href = (locale: Locale) => `/${locale}/news/${doc.slug}`

    expect(hrefs(await search(`越境 ${marker}`, 'ja'))).toEqual([href('ja')])
    expect(hrefs(await search(`ｅｃ ${marker}`, 'ja'))).toEqual([href('ja')])
    expect(hrefs(await search(`전자상거래 ${marker}`, 'ko'))).toEqual([href('ko')])
    expect(hrefs(await search(`CROSS-border e-comm ${marker}`, 'en'))).toEqual([href('en')])
    expect(hrefs(await search(`serv ${marker}`, 'en'))).toEqual([href('en')])
  })

  it('finds a word by any of its beginnings: one letter, an indexed beginning, and one longer than the index keeps', async () => {
    // 33 letters: its beginnings of 2 to 24 letters are lexemes of their own, the longer ones a prefix.
    const word = 'internationalisationprogrammeslot'
    const doc = await createNews(`Shibei ${word} ${marker}long`, 'published')
    const found = async (query: string) => hrefs(await search(`${query} ${marker}long`))
    const href = `/zh/news/${doc.slug}`
    for (const beginning of ['i', 'in', 'international', word.slice(0, 24), word.slice(0, 25), word]) expect(await found(beginning), beginning).toEqual([href])
    expect(await found('internationally')).toEqual([])
    expect(await found(`${word}s`)).toEqual([])
    expect(await found('shib')).toEqual([href])
  })

  it('does not find Chinese-only text from another locale', async () => {
    await createNews(`仅有中文的公告 ${marker}zhonly`, 'published')
    expect((await search(`${marker}zhonly`, 'zh')).total).toBe(1)
    expect((await search(`${marker}zhonly`, 'en')).total).toBe(0)
    expect((await search(`公告 ${marker}zhonly`, 'ja')).total).toBe(0)
  })

  it('groups results by section with a count per group', async () => {
    await createNews(`滨海新区 ${marker}group`, 'published')
    const project = await payload.create({ collection: PROJECTS, locale: 'zh', data: { title: `滨海项目 ${marker}group`, _status: 'published' } })
    created.push({ collection: PROJECTS, id: project.id })
    const results = await search(`滨海 ${marker}group`)
    expect(results.groups.map((group) => [group.section, group.total])).toEqual([
      ['projects', 1],
      ['news', 1],
    ])
    expect(results.total).toBe(2)
  })

  it('finds nothing for a query of punctuation only', async () => {
    expect(await search('！？…')).toEqual({ total: 0, isCapped: false, groups: [] })
  })
})
