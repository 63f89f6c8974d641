import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTION_SLUGS } from '@/collections/slugs'
import { metaLengthVerdict, metaTextWidth } from '@/lib/seo/metaLength'
import { getTestPayload } from './payload'

/** `count` different characters of `alphabet`, as a title someone typed. */
const typed = (alphabet: string, count: number) => Array.from({ length: count }, (_, index) => Array.from(alphabet)[index % Array.from(alphabet).length]).join('')

describe('the SEO length guidance counts Chinese, Japanese and Korean characters by their width', () => {
  it('finds a 25-character Chinese title good, where the plugin said "too short"', () => {
    const title = typed('青岛市北区投资指南产业园', 25)
    expect(Array.from(title)).toHaveLength(25)
    expect(metaLengthVerdict(title, 'title')).toBe('good')
    expect(metaLengthVerdict(typed('青岛市北区投资指南', 20), 'title')).toBe('tooShort')
    expect(metaLengthVerdict(typed('青岛市北区投资指南', 31), 'title')).toBe('tooLong')
  })

  it('counts kana and Hangul as Chinese, and Latin letters, half-width kana and emoji as one', () => {
    expect(metaTextWidth('市北区の投資ガイド')).toBe(18)
    expect(metaTextWidth('스베이구 투자 안내')).toBe(2 * 8 + 2)
    expect(metaTextWidth('Shibei 投资')).toBe(7 + 4)
    expect(metaTextWidth('ｶﾞｲﾄﾞ')).toBe(5)
    expect(metaTextWidth('投资 🚢')).toBe(4 + 1 + 1)
  })

  it('still finds a 25-letter English title too short and a 55-letter one good', () => {
    expect(metaLengthVerdict(typed('abcdefghij', 25), 'title')).toBe('tooShort')
    expect(metaLengthVerdict(typed('abcdefghij', 55), 'title')).toBe('good')
    expect(metaLengthVerdict('', 'title')).toBe('missing')
  })

  it('measures the description the same way: 60 Chinese characters are good, 100 too long', () => {
    expect(metaLengthVerdict(typed('市北区位于青岛市中心城区，', 60), 'description')).toBe('good')
    expect(metaLengthVerdict(typed('市北区位于青岛市中心城区，', 100), 'description')).toBe('tooLong')
    expect(metaLengthVerdict(typed('abcdefghij', 60), 'description')).toBe('tooShort')
  })
})

describe('the SEO fields of every content collection', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  const metaFields = (slug: (typeof CONTENT_COLLECTION_SLUGS)[number]) => {
    const meta = payload.collections[slug].config.fields.find((field) => 'name' in field && field.name === 'meta')
    return meta && 'fields' in meta ? meta.fields : []
  }
  const componentOf = (field: Field | undefined) => {
    const component = (field?.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field
    return typeof component === 'object' && component !== null && 'path' in component ? (component as { path: string }).path : component
  }

  it('show the width-measured guidance, not the plugin’s character count', () => {
    for (const slug of CONTENT_COLLECTION_SLUGS) {
      const fields = metaFields(slug)
      const named = (name: string) => fields.find((field) => 'name' in field && field.name === name)
      expect(componentOf(named('title')), slug).toBe('/components/admin/seo/MetaLengthField#MetaLengthField')
      expect(componentOf(named('description')), slug).toBe('/components/admin/seo/MetaLengthField#MetaLengthField')
      expect(componentOf(named('overview')), slug).toBe('/components/admin/seo/MetaOverview#MetaOverview')
    }
  })
})
