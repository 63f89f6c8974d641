import { afterEach, describe, expect, it } from 'vitest'

import { languageAlternates } from '@/lib/seo/alternates'
import { serializeJsonLd } from '@/lib/seo/jsonLd'
import { openGraphLocale } from '@/lib/seo/pageMetadata'

describe('structured data in a script element', () => {
  it('cannot be closed by a title an editor wrote, and still parses to the same text', () => {
    const headline = '</script><script>alert("x")</script> & <!-- \u2028'
    const serialized = serializeJsonLd({ headline })
    expect(serialized).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(serialized)).toEqual({ headline })
  })
})

describe('hreflang alternates', () => {
  const serverUrl = process.env.SERVER_URL
  afterEach(() => {
    process.env.SERVER_URL = serverUrl
  })

  it('name the page in every locale and x-default, absolute on SERVER_URL', () => {
    process.env.SERVER_URL = 'https://invest.example.org/'
    expect(languageAlternates('/news/a-story')).toEqual({
      zh: 'https://invest.example.org/zh/news/a-story',
      en: 'https://invest.example.org/en/news/a-story',
      ja: 'https://invest.example.org/ja/news/a-story',
      ko: 'https://invest.example.org/ko/news/a-story',
      'x-default': 'https://invest.example.org/news/a-story',
    })
    expect(languageAlternates('/')).toMatchObject({ zh: 'https://invest.example.org/zh', 'x-default': 'https://invest.example.org/' })
  })

  it('name only the locales a document is published in, and x-default only with the Chinese', () => {
    process.env.SERVER_URL = 'https://invest.example.org/'
    expect(languageAlternates('/news/a-story', ['zh', 'en'])).toEqual({
      zh: 'https://invest.example.org/zh/news/a-story',
      en: 'https://invest.example.org/en/news/a-story',
      'x-default': 'https://invest.example.org/news/a-story',
    })
    expect(languageAlternates('/news/a-story', ['en'])).toEqual({ en: 'https://invest.example.org/en/news/a-story' })
  })

  it('Open Graph locales carry the likeliest territory of each language', () => {
    expect(['zh', 'en', 'ja', 'ko'].map((code) => openGraphLocale(code as 'zh'))).toEqual(['zh_CN', 'en_US', 'ja_JP', 'ko_KR'])
  })
})
