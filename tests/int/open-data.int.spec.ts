import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { LOCALE_CODES } from '@/lib/i18n/locales'
import { datasetColumns, datasetCsv, datasetJson, readDataset } from '@/lib/openData/dataset'
import { openApiDocument } from '@/lib/openData/openapi'
import { parseOpenDataRequest } from '@/lib/openData/request'
import { SECTION_NAMES } from '@/lib/sections'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

/** RFC 4180 CSV, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  const endField = () => {
    rows.at(-1)!.push(field)
    field = ''
  }
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"'
      index++
    } else if (quoted && char === '"') quoted = false
    else if (quoted) field += char
    else if (char === '"') quoted = true
    else if (char === ',') endField()
    else if (char === '\r' && text[index + 1] === '\n') {
      endField()
      rows.push([])
      index++
    } else field += char
  }
  if (rows.at(-1)!.length === 0) rows.pop()
  return rows
}

describe('open data', () => {
  let payload: Payload
  const suffix = uniqueSuffix()
  const formulaTitle = `=HYPERLINK("http://evil.test","${suffix}")`
  const publishedTitle = `公开项目 ${suffix}`
  const draftTitle = `草稿项目 ${suffix}`
  const laterDraftTitle = `已发布项目的未发布修改 ${suffix}`
  const ids: number[] = []

  beforeAll(async () => {
    payload = await getTestPayload()
    const published = await payload.create({
      collection: COLLECTION_SLUGS.projects,
      locale: 'zh',
      data: { title: publishedTitle, investment: 5_000_000_000, investmentPrecision: 'about', cooperationModes: ['equity'], contact: { name: '张三', email: `open-${suffix}@bureau.test` }, _status: 'published' },
    })
    await payload.update({ collection: COLLECTION_SLUGS.projects, id: published.id, locale: 'en', data: { title: `Published project ${suffix}`, _status: 'published' } })
    await payload.update({ collection: COLLECTION_SLUGS.projects, id: published.id, locale: 'zh', draft: true, data: { title: laterDraftTitle } })
    const formula = await payload.create({ collection: COLLECTION_SLUGS.projects, locale: 'zh', data: { title: formulaTitle, _status: 'published' } })
    const draft = await payload.create({ collection: COLLECTION_SLUGS.projects, locale: 'zh', draft: true, data: { title: draftTitle, _status: 'draft' } })
    ids.push(published.id, formula.id, draft.id)
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.projects, where: { id: { in: ids } } })
  })

  it('CSV parses, holds the published items only, and defuses a formula-like title', async () => {
    const csv = datasetCsv(await readDataset(payload, 'projects', 'zh'))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(csv.slice(1))
    expect(rows.every((row) => row.length === header.length)).toBe(true)
    const titles = rows.map((row) => row[header.indexOf('title')])
    expect(titles).toContain(publishedTitle)
    expect(titles).toContain(`'${formulaTitle}`)
    expect(titles).not.toContain(formulaTitle)
    expect(titles).not.toContain(draftTitle)
    expect(titles).not.toContain(laterDraftTitle)
    const row = rows[titles.indexOf(publishedTitle)]
    expect(row[header.indexOf('investment')]).toBe('5000000000')
    expect(row[header.indexOf('investmentPrecision')]).toBe('about')
    expect(row[header.indexOf('contact.email')]).toBe(`open-${suffix}@bureau.test`)
    expect(row[header.indexOf('url')]).toMatch(/^\/zh\/projects\/[a-z0-9-]+$/)
  })

  it('JSON parses, holds the published items only, in the locale asked for, with its fields described in it', async () => {
    const json = JSON.parse(JSON.stringify(datasetJson(await readDataset(payload, 'projects', 'en'), null))) as {
      locale: string
      asOf: string | null
      total: number
      fields: { name: string; description: string }[]
      items: Record<string, unknown>[]
    }
    expect(json.locale).toBe('en')
    const titles = json.items.map((item) => item.title)
    expect(titles).toContain(`Published project ${suffix}`)
    // Not translated: the Chinese, as the pages show it.
    expect(titles).toContain(formulaTitle)
    expect(titles).not.toContain(draftTitle)
    expect(titles).not.toContain(laterDraftTitle)
    expect(json.total).toBe(json.items.length)
    expect(json.asOf).not.toBeNull()
    expect(json.fields.find((field) => field.name === 'investment')?.description).toBe('Investment')
    const item = json.items.find((entry) => entry.title === `Published project ${suffix}`)!
    expect(item.contact).toMatchObject({ name: '张三' })
    expect(item.cooperationModes).toEqual(['equity'])
  })

  it('never carries staff-only or internal fields', async () => {
    for (const section of SECTION_NAMES) {
      const names = datasetColumns(payload, section).map((column) => column.path.join('.'))
      expect(names).toContain('title')
      expect(names).toContain('slug')
      for (const internal of ['translationState', 'translationState.en', 'translatedLocales', 'missingLocales', '_status', 'featured', 'meta', 'createdAt']) {
        expect(names, `${section}.${internal}`).not.toContain(internal)
      }
    }
    const { items } = await readDataset(payload, 'projects', 'zh')
    const text = JSON.stringify(items)
    expect(text).not.toContain('translationState')
    expect(text).not.toContain('"_status"')
  })

  it('answers only a section’s CSV or JSON in a locale the portal has', () => {
    expect(parseOpenDataRequest('projects.csv', 'ja')).toEqual({ section: 'projects', format: 'csv', locale: 'ja' })
    expect(parseOpenDataRequest('rcep.json', null)).toEqual({ section: 'rcep', format: 'json', locale: 'zh' })
    expect(parseOpenDataRequest('enquiries.json', 'en')).toMatchObject({ status: 404 })
    expect(parseOpenDataRequest('projects.xml', 'en')).toMatchObject({ status: 404 })
    expect(parseOpenDataRequest('../users.json', 'en')).toMatchObject({ status: 404 })
    expect(parseOpenDataRequest('projects.json', 'fr')).toMatchObject({ status: 400, message: expect.stringContaining(LOCALE_CODES.join(', ')) })
  })

  it('describes every section in an OpenAPI 3.1 document made from the registry', () => {
    const document = openApiDocument(payload, { title: 'Test', licence: null }) as {
      openapi: string
      info: Record<string, unknown>
      paths: Record<string, unknown>
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
    }
    expect(document.openapi).toBe('3.1.0')
    expect(document.info.license).toBeUndefined()
    for (const section of SECTION_NAMES) {
      expect(document.paths).toHaveProperty([`/api/open/${section}.json`])
      expect(document.paths).toHaveProperty([`/api/open/${section}.csv`])
    }
    expect(Object.keys(document.components.schemas.ProjectsItem.properties ?? {})).toEqual(expect.arrayContaining(['title', 'investment', 'contact', 'url']))
    expect(document.components.schemas.ProjectsItem.properties).not.toHaveProperty('translationState')
  })
})
