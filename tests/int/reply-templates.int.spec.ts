import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createLocalReq, handleEndpoints, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { fillPlaceholders, templatesForEnquiry, unknownPlaceholders } from '@/lib/enquiries/replyTemplates'
import type { Enquiry, Partner, ReplyTemplate, User } from '@/payload-types'
import { LOCALE_CODES } from '@/lib/i18n/locales'
import { SEED_REPLY_TEMPLATES, seedReplyTemplates } from '@/scripts/seed/replyTemplates'
import { createPartner, TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const TEMPLATES = COLLECTION_SLUGS.replyTemplates
const ENQUIRIES = COLLECTION_SLUGS.enquiries

describe('reply templates and the enquiry they answer', () => {
  let payload: Payload
  let admin: User
  let officer: User
  let editor: User
  let partner: Partner
  let area: { id: number }
  let enquiry: Enquiry
  const templateIds: number[] = []

  const asUser = (user: User) => ({ ...user, collection: 'users' as const })
  const createTemplate = async (data: Pick<ReplyTemplate, 'title' | 'type' | 'language' | 'body'>, user: User = officer) => {
    const created = await payload.create({ collection: TEMPLATES, data, user: asUser(user), overrideAccess: false })
    templateIds.push(created.id)
    return created
  }
  const signInOverRest = async (collection: 'users' | 'partners', email: string, password: string) => {
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost/api/${collection}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) }),
    })
    return ((await response.json()) as { token: string }).token
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await createStaffUser(payload, 'admin')
    officer = await createStaffUser(payload, 'officer')
    editor = await createStaffUser(payload, 'editor')
    partner = await createPartner(payload, 'Template Test Chamber')
    officer = await payload.update({ collection: COLLECTION_SLUGS.users, id: officer.id, locale: 'ja', data: { name: '山田 花子', signature: '青島市市北区 投資担当\n山田 花子' } })
    await payload.update({ collection: COLLECTION_SLUGS.users, id: officer.id, locale: 'zh', data: { signature: '市北区投资专员 山田花子' } })
    area = await payload.create({ collection: COLLECTION_SLUGS.areas, locale: 'zh', data: { title: `邮轮港区 ${uniqueSuffix()}`, _status: 'published' } })
    await payload.update({ collection: COLLECTION_SLUGS.areas, id: area.id, locale: 'ja', data: { title: 'クルーズ港エリア', _status: 'published' } })
    enquiry = await payload.create({
      collection: ENQUIRIES,
      data: {
        reference: `SB-TEST-${uniqueSuffix()}`,
        type: 'area',
        subject: { relationTo: COLLECTION_SLUGS.areas, value: area.id },
        status: 'new',
        name: '鈴木 一郎',
        email: `${uniqueSuffix()}@investor.test`,
        locale: 'ja',
        message: 'クルーズ港周辺のオフィス賃料を教えてください。',
        consent: true,
      },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: TEMPLATES, where: { id: { in: templateIds } } })
    await payload.delete({ collection: ENQUIRIES, id: enquiry.id })
    await payload.delete({ collection: COLLECTION_SLUGS.areas, id: area.id })
    await payload.delete({ collection: COLLECTION_SLUGS.partners, id: partner.id })
    await deleteStaffUsers(payload)
  })

  it('lets officers and admins write and read templates, and nobody else, over any API', async () => {
    const template = await createTemplate({ title: 'General', type: 'general', language: 'en', body: 'Dear {{investorName}},' })
    const byAdmin = await payload.findByID({ collection: TEMPLATES, id: template.id, user: asUser(admin), overrideAccess: false })
    expect(byAdmin.body).toBe('Dear {{investorName}},')

    const denied = { status: 403 }
    await expect(payload.find({ collection: TEMPLATES, overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(payload.find({ collection: TEMPLATES, user: partner, overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(payload.find({ collection: TEMPLATES, user: asUser(editor), overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(payload.create({ collection: TEMPLATES, data: { title: 'x', type: 'general', language: 'en', body: 'x' }, user: partner, overrideAccess: false })).rejects.toMatchObject(denied)
    await expect(payload.update({ collection: TEMPLATES, id: template.id, data: { body: 'changed' }, overrideAccess: false })).rejects.toMatchObject(denied)

    const partnerToken = await signInOverRest('partners', partner.email, TEST_PASSWORD)
    for (const headers of [{}, { authorization: `JWT ${partnerToken}` }] as Record<string, string>[]) {
      for (const path of [`/api/${TEMPLATES}`, `/api/${TEMPLATES}/${template.id}`]) {
        const response = await handleEndpoints({ config, request: new Request(`http://localhost${path}`, { headers }) })
        expect(response.status).toBe(403)
        expect(await response.text()).not.toContain('investorName')
      }
    }
    for (const headers of [{}, { authorization: `JWT ${partnerToken}` }] as Record<string, string>[]) {
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ ReplyTemplates { docs { id title body } } }' }),
        }),
      )
      const result = (await response.json()) as { data?: { ReplyTemplates?: { docs: unknown[] } | null }; errors?: unknown[] }
      expect(result.data?.ReplyTemplates ?? null).toBeNull()
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(JSON.stringify(result)).not.toContain('investorName')
    }
  })

  it('refuses a template with a placeholder it does not know, naming it', async () => {
    expect(unknownPlaceholders('{{investorName}} {{ company }} {{company}} {{reference}}')).toEqual(['company'])
    const refusal = (pattern: RegExp) => ({ data: { errors: [expect.objectContaining({ path: 'body', message: expect.stringMatching(pattern) })] } })
    await expect(createTemplate({ title: 'Typo', type: 'general', language: 'en', body: 'Dear {{investorname}}, about {{company}}' })).rejects.toMatchObject(
      refusal(/占位符.*\{\{investorname\}\}、\{\{company\}\}$/),
    )
    const template = await createTemplate({ title: 'Fine', type: 'general', language: 'en', body: 'Dear {{investorName}},' })
    await expect(payload.update({ collection: TEMPLATES, id: template.id, data: { body: '{{officerSignatur}}' }, user: asUser(officer), overrideAccess: false })).rejects.toMatchObject(
      refusal(/\{\{officerSignatur\}\}/),
    )
    const kept = await payload.findByID({ collection: TEMPLATES, id: template.id })
    expect(kept.body).toBe('Dear {{investorName}},')
    expect(fillPlaceholders('{{ investorName }}!', { investorName: 'Kim' })).toBe('Kim!')
  })

  it('fills a template for the enquiry on the server, in the template’s language, those fitting the enquiry first', async () => {
    const japanese = await createTemplate({
      title: `クルーズ港 ${uniqueSuffix()}`,
      type: 'area',
      language: 'ja',
      body: '{{investorName}} 様\n「{{subjectTitle}}」（受付番号 {{reference}}）について、{{officerName}}がご案内します。\n\n{{officerSignature}}',
    })
    const chinese = await createTemplate({ title: `港区 ${uniqueSuffix()}`, type: 'area', language: 'zh', body: '{{investorName}}您好：关于“{{subjectTitle}}”。\n{{officerSignature}}' })
    const otherType = await createTemplate({ title: `一般 ${uniqueSuffix()}`, type: 'general', language: 'ja', body: '{{investorName}} 様' })

    const req = await createLocalReq({ user: asUser(officer) as TypedUser }, payload)
    const choices = await templatesForEnquiry(req, enquiry, officer)
    const ours = choices.filter((choice) => [japanese.id, chinese.id, otherType.id].includes(choice.id))
    expect(ours.map((choice) => choice.id)).toEqual([japanese.id, otherType.id, chinese.id])
    expect(ours.map((choice) => choice.fits)).toEqual([true, false, false])

    expect(ours[0].body).toBe(`鈴木 一郎 様\n「クルーズ港エリア」（受付番号 ${enquiry.reference}）について、山田 花子がご案内します。\n\n青島市市北区 投資担当\n山田 花子`)
    expect(ours[2].body).toContain('“邮轮港区')
    expect(ours[2].body).toContain('市北区投资专员 山田花子')
  })

  it('puts first the templates for the industry of what the enquiry is about, then those of its type, then the rest of its language', async () => {
    const suffix = uniqueSuffix()
    const [logistics, finance] = await Promise.all(
      ['现代物流', '现代金融'].map((title) => payload.create({ collection: COLLECTION_SLUGS.industries, locale: 'zh', data: { title: `${title} ${suffix}`, _status: 'published' } })),
    )
    const project = await payload.create({ collection: COLLECTION_SLUGS.projects, locale: 'zh', data: { title: `物流园项目 ${suffix}`, industry: logistics.id, _status: 'published' } })
    const aboutProject = await payload.create({
      collection: ENQUIRIES,
      data: {
        reference: `SB-TEST-${suffix}`,
        type: 'project',
        subject: { relationTo: COLLECTION_SLUGS.projects, value: project.id },
        status: 'new',
        name: '高橋 直樹',
        email: `${suffix}@investor.test`,
        locale: 'ja',
        message: '物流施設の案件について伺いたいです。',
        consent: true,
      },
    })
    // Titles in the reverse of the expected order, so that the order cannot come from the titles.
    const make = async (title: string, type: ReplyTemplate['type'], language: ReplyTemplate['language'], industry?: number) => {
      const created = await payload.create({ collection: TEMPLATES, data: { title: `${title} ${suffix}`, type, language, body: '{{investorName}} 様', industry }, user: asUser(officer), overrideAccess: false })
      templateIds.push(created.id)
      return created.id
    }
    const otherLanguage = await make('a 中文 项目 物流', 'project', 'zh', logistics.id)
    const languageOnly = await make('b 一般', 'general', 'ja')
    const languageAndIndustry = await make('c 一般 物流', 'general', 'ja', logistics.id)
    const typeOtherIndustry = await make('d 案件 金融', 'project', 'ja', finance.id)
    const typeOnly = await make('e 案件', 'project', 'ja')
    const typeAndIndustry = await make('f 案件 物流', 'project', 'ja', logistics.id)

    try {
      const req = await createLocalReq({ user: asUser(officer) as TypedUser }, payload)
      const ours = (await templatesForEnquiry(req, aboutProject, officer)).filter((choice) => choice.title.endsWith(suffix))
      expect(ours.map((choice) => choice.id)).toEqual([typeAndIndustry, typeOtherIndustry, typeOnly, languageAndIndustry, languageOnly, otherLanguage])
      // "For this enquiry" holds the Japanese ones of its type.
      expect(ours.map((choice) => choice.fits)).toEqual([true, true, true, false, false, false])

      // About nothing in particular: no industry to prefer; the type and the language still decide.
      const general = { ...aboutProject, type: 'general' as const, subject: null }
      const ranked = (await templatesForEnquiry(req, general, officer)).filter((choice) => choice.title.endsWith(suffix)).map((choice) => choice.id)
      expect(ranked.slice(0, 2)).toEqual([languageOnly, languageAndIndustry])
      expect(ranked.at(-1)).toBe(otherLanguage)
    } finally {
      await payload.delete({ collection: ENQUIRIES, id: aboutProject.id })
      await payload.delete({ collection: COLLECTION_SLUGS.projects, id: project.id })
    }
  })

  it('keeps what the investor sent as it was, whoever tries to change it after it is made', async () => {
    const update = (user: User) =>
      payload.update({ collection: ENQUIRIES, id: enquiry.id, data: { name: 'Changed', email: 'changed@investor.test', message: 'Changed.', locale: 'en', type: 'general' }, user: asUser(user), overrideAccess: false })
    for (const user of [officer, admin]) {
      const after = await update(user)
      expect(after.name).toBe('鈴木 一郎')
      expect(after.email).toBe(enquiry.email)
      expect(after.message).toBe('クルーズ港周辺のオフィス賃料を教えてください。')
      expect(after.locale).toBe('ja')
      expect(after.type).toBe('area')
    }
  })

  it('seeds templates in every language, once, each using only known placeholders', async () => {
    const seededTitles = SEED_REPLY_TEMPLATES.map((template) => template.title)
    const seeded = () => payload.find({ collection: TEMPLATES, where: { title: { in: seededTitles } }, depth: 0, limit: 100 })
    await seedReplyTemplates(payload)
    await seedReplyTemplates(payload)
    const { docs } = await seeded()
    templateIds.push(...docs.map((doc) => doc.id))
    expect(docs).toHaveLength(SEED_REPLY_TEMPLATES.length)
    expect(new Set(docs.map((doc) => doc.language))).toEqual(new Set(LOCALE_CODES))
    for (const doc of docs) expect(unknownPlaceholders(doc.body)).toEqual([])
  })
})
