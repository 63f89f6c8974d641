// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis.
import 'next/dist/server/node-environment-baseline'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { findSlugOptions } from '@/lib/data/options'
import { findSupport } from '@/lib/data/supportFinder'
import { enquiryAboutItemsHref, MAX_ASKED_ITEMS, parseAskedItems } from '@/lib/enquiries/link'
import type { Locale } from '@/lib/i18n/locales'
import type { Section } from '@/lib/sections'
import type { SearchParams } from '@/lib/sections/filters'
import { parseSupportAnswers } from '@/lib/support/answers'
import type { User } from '@/payload-types'
import { readDocuments } from '@/scripts/seed/dataFiles'
import { seedContent } from '@/scripts/seed/content'
import { uniqueSuffix } from './fixtures'
import { installNextCache } from './nextCache'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const SEED_TIMEOUT_MS = 240_000

/** What the finder offers for an address's answers in a locale: each section's slugs, and what it could not read. */
async function offered(query: SearchParams, locale: Locale = 'en') {
  const { answers, ignored } = parseSupportAnswers(query, await findSlugOptions(COLLECTION_SLUGS.industries, locale))
  const groups = await findSupport({ answers, locale })
  const slugs = Object.fromEntries(groups.map(({ section, results }) => [section, results.map(({ slug }) => slug).sort()])) as Record<Section, string[]>
  const outOfReach = Object.fromEntries(groups.map(({ section, outOfReach: answersOut }) => [section, answersOut]))
  return { slugs, ignored, outOfReach, groups }
}

const seeded = (collection: Parameters<typeof readDocuments>[0]) => readDocuments(collection).map(({ slug }) => slug).sort()

describe('the support finder, against the demo content', () => {
  let payload: Payload
  let editor: User
  let uninstallNextCache: () => void
  const created: { collection: typeof COLLECTION_SLUGS.talentPolicies | typeof COLLECTION_SLUGS.funds; id: number }[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ uninstall: uninstallNextCache } = installNextCache())
    await seedContent(payload, [COLLECTION_SLUGS.industries, COLLECTION_SLUGS.funds, COLLECTION_SLUGS.rcepServices, COLLECTION_SLUGS.talentPolicies])
    editor = await createStaffUser(payload, 'editor')
  }, SEED_TIMEOUT_MS)

  // What a test creates is gone before the next: each expects the demo content alone, and more only of its own.
  afterEach(async () => {
    for (const { collection, id } of created.splice(0)) await payload.delete({ collection, id })
  })

  afterAll(async () => {
    await deleteStaffUsers(payload)
    uninstallNextCache()
  })

  const asEditor = () => ({ user: editor, overrideAccess: false })

  it('offers every published talent policy, fund and RCEP service while no question is answered, funds first as the registry orders them', async () => {
    const { slugs, groups, ignored } = await offered({})
    expect(groups.map(({ section }) => section)).toEqual(['funds', 'rcep', 'talent'])
    expect(slugs).toEqual({ funds: seeded('funds'), rcep: seeded('rcep-services'), talent: seeded('talent-policies') })
    expect(ignored).toEqual([])
  })

  it('narrows funds by their focus industries; policies that name no industry apply to every industry', async () => {
    const { slugs } = await offered({ industry: 'port-industry-city' })
    expect(slugs.funds).toEqual(['industry-development-fund'])
    expect(slugs.talent).toEqual(seeded('talent-policies'))
    expect((await offered({ industry: 'modern-finance' })).slugs.funds).toEqual(['fund-ecosystem'])
  })

  it('offers the policies for any of the groups the company brings, and those that name no group', async () => {
    expect((await offered({ group: 'phd' })).slugs.talent).toEqual(['schools-and-childcare', 'talent-attraction'])
    expect((await offered({ group: ['phd', 'startup-founder'] })).slugs.talent).toEqual(seeded('talent-policies'))
  })

  it('offers a member country the RCEP services listing it or naming none, and a company from outside RCEP none, saying why', async () => {
    expect((await offered({ country: 'JP' })).slugs.rcep).toEqual(seeded('rcep-services'))
    const outside = await offered({ country: 'US' })
    expect(outside.slugs.rcep).toEqual([])
    expect(outside.outOfReach).toEqual({ funds: [], rcep: ['country'], talent: [] })
    expect(outside.slugs.talent).toEqual(seeded('talent-policies'))
  })

  it('narrows as answers are added', async () => {
    const counts = []
    for (const query of [{}, { industry: 'port-industry-city' }, { industry: 'port-industry-city', group: 'phd' }, { industry: 'port-industry-city', group: 'phd', country: 'US' }]) {
      const { groups } = await offered(query)
      counts.push(groups.reduce((sum, { results }) => sum + results.length, 0))
    }
    expect(counts).toEqual([9, 8, 6, 3])
  })

  it('leaves out, and names, answers that are no choice; the others still narrow', async () => {
    const { slugs, ignored } = await offered({ industry: 'no-such-industry', stage: 'pre-seed', group: ['phd', '<script>'], country: 'XX' })
    expect(ignored).toEqual(['industry', 'stage', 'people', 'country'])
    expect(slugs.talent).toEqual(['schools-and-childcare', 'talent-attraction'])
    expect(slugs.funds).toEqual(seeded('funds'))
  })

  it('matches a fund’s stages and a policy’s industries; a draft, an ended policy and a locale not published are not offered', async () => {
    const suffix = uniqueSuffix()
    const industries = await findSlugOptions(COLLECTION_SLUGS.industries, 'en')
    const digital = industries.find(({ slug }) => slug === 'digital-economy')!
    const seedFund = await payload.create({
      collection: COLLECTION_SLUGS.funds,
      locale: 'zh',
      data: { title: `天使基金 ${suffix}`, slug: `seed-fund-${suffix}`, investmentStages: ['seed'], _status: 'published' },
      ...asEditor(),
    })
    created.push({ collection: COLLECTION_SLUGS.funds, id: seedFund.id })
    const digitalPolicy = await payload.create({
      collection: COLLECTION_SLUGS.talentPolicies,
      locale: 'zh',
      data: { title: `数字经济人才 ${suffix}`, slug: `digital-talent-${suffix}`, industries: [digital.id], targetGroups: ['phd'], _status: 'published' },
      ...asEditor(),
    })
    created.push({ collection: COLLECTION_SLUGS.talentPolicies, id: digitalPolicy.id })
    const ended = await payload.create({
      collection: COLLECTION_SLUGS.talentPolicies,
      locale: 'zh',
      data: { title: `已截止 ${suffix}`, slug: `ended-${suffix}`, effectiveTo: '2020-12-31T00:00:00.000Z', _status: 'published' },
      ...asEditor(),
    })
    created.push({ collection: COLLECTION_SLUGS.talentPolicies, id: ended.id })
    const draft = await payload.create({ collection: COLLECTION_SLUGS.talentPolicies, locale: 'zh', draft: true, data: { title: `草稿 ${suffix}`, slug: `draft-${suffix}`, _status: 'draft' }, ...asEditor() })
    created.push({ collection: COLLECTION_SLUGS.talentPolicies, id: draft.id })
    const chineseOnly = await payload.create({ collection: COLLECTION_SLUGS.talentPolicies, locale: 'zh', draft: true, data: { title: `仅中文 ${suffix}`, slug: `zh-only-${suffix}`, _status: 'draft' }, ...asEditor() })
    created.push({ collection: COLLECTION_SLUGS.talentPolicies, id: chineseOnly.id })
    await payload.update({ collection: COLLECTION_SLUGS.talentPolicies, id: chineseOnly.id, locale: 'zh', publishSpecificLocale: 'zh', data: { _status: 'published' }, ...asEditor() })

    expect((await offered({ stage: 'seed' })).slugs.funds).toEqual([...seeded('funds'), `seed-fund-${suffix}`].sort())
    expect((await offered({ stage: 'growth' })).slugs.funds).toEqual(seeded('funds'))
    expect((await offered({ industry: 'digital-economy', group: 'phd' })).slugs.talent).toContain(`digital-talent-${suffix}`)
    expect((await offered({ industry: 'modern-finance' })).slugs.talent).not.toContain(`digital-talent-${suffix}`)
    expect((await offered({ group: 'graduate' })).slugs.talent).not.toContain(`digital-talent-${suffix}`)

    const english = (await offered({})).slugs.talent
    expect(english).not.toContain(`ended-${suffix}`)
    expect(english).not.toContain(`draft-${suffix}`)
    expect(english).not.toContain(`zh-only-${suffix}`)
    expect((await offered({}, 'zh')).slugs.talent).toContain(`zh-only-${suffix}`)
  })

  it('shows a published document’s untranslated texts in Chinese, and says which', async () => {
    const suffix = uniqueSuffix()
    const policy = await payload.create({
      collection: COLLECTION_SLUGS.talentPolicies,
      locale: 'zh',
      data: { title: `博士后补贴 ${suffix}`, slug: `postdoc-${suffix}`, eligibility: '在站博士后。', _status: 'published' },
      ...asEditor(),
    })
    created.push({ collection: COLLECTION_SLUGS.talentPolicies, id: policy.id })
    const inJapanese = (await offered({}, 'ja')).groups.find(({ section }) => section === 'talent')!.results.find(({ slug }) => slug === `postdoc-${suffix}`)!
    expect(inJapanese.title).toBe(`博士后补贴 ${suffix}`)
    expect(inJapanese.fallbackFields).toEqual(['title', 'eligibility'])
    const seededPolicy = (await offered({}, 'ja')).groups.find(({ section }) => section === 'talent')!.results.find(({ slug }) => slug === 'talent-attraction')!
    expect(seededPolicy.title).toBe(readDocuments('talent-policies').find(({ slug }) => slug === 'talent-attraction')!.title.ja)
    expect(seededPolicy.fallbackFields).toEqual([])
  })
})

describe('the enquiry form pre-filled with several items', () => {
  it('names well-formed items of known sections, in order and once each, at most thirty', () => {
    expect(parseAskedItems('funds:a-1,talent:b,funds:a-1,news:c')).toEqual([
      { section: 'funds', slug: 'a-1' },
      { section: 'talent', slug: 'b' },
      { section: 'news', slug: 'c' },
    ])
    expect(parseAskedItems('funds:A,talent:<b>,nothing,rcep-services:x,rcep:ok')).toEqual([{ section: 'rcep', slug: 'ok' }])
    expect(parseAskedItems(['funds:a', 'funds:b'])).toEqual([])
    const many = Array.from({ length: MAX_ASKED_ITEMS + 5 }, (_, index) => `talent:p${index}`).join(',')
    expect(parseAskedItems(many)).toHaveLength(MAX_ASKED_ITEMS)
  })

  it('is linked from the finder with the items and the country, and nothing else', () => {
    const href = enquiryAboutItemsHref('ko', { items: [{ section: 'funds', slug: 'a' }, { section: 'rcep', slug: 'b' }], country: 'KR' })
    const url = new URL(href, 'http://portal.test')
    expect(url.pathname).toBe('/ko/enquire')
    expect(Object.fromEntries(url.searchParams)).toEqual({ items: 'funds:a,rcep:b', country: 'KR' })
    expect(parseAskedItems(url.searchParams.get('items') ?? undefined)).toEqual([{ section: 'funds', slug: 'a' }, { section: 'rcep', slug: 'b' }])
  })
})
