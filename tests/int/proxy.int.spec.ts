import { readdirSync } from 'node:fs'
import path from 'node:path'

import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '@/lib/i18n/locales'
import { INTERNAL_LIST_SEGMENT, LIST_QUERY_PARAMS } from '@/lib/lists/listRewrite'
import { SECTION_NAMES } from '@/lib/sections'
import { config } from '@/proxy'

/** The folders of the portal's pages under `[locale]`, besides the internal lists. */
const PAGE_FOLDERS = readdirSync(path.join(process.cwd(), 'app', '(frontend)', '[locale]'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== INTERNAL_LIST_SEGMENT)
  .map((entry) => entry.name)

const passesProxy = (url: string) => unstable_doesMiddlewareMatch({ config, url })

describe('which requests pass through the proxy', () => {
  it('takes every path without a locale, to redirect it to the visitor’s language', () => {
    for (const path of ['/', '/projects', '/projects/some-project', '/enquire', '/english', '/kor/x', '/fr/projects']) {
      expect(passesProxy(path), path).toBe(true)
    }
  })

  it('takes paths under a locale that no page claims, the internal lists among them, to answer them not found in that language', () => {
    for (const locale of LOCALE_CODES) {
      for (const path of ['/no-such-page', '/lists/projects/all', '/lists/projects?q=port', '/searching', '/projects-old']) {
        expect(passesProxy(`/${locale}${path}`), `/${locale}${path}`).toBe(true)
      }
    }
  })

  it('leaves pages already under their locale to the cache, every list too, with Payload, Next’s files and static files', () => {
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) {
        expect(passesProxy(`/${locale}/${section}`), `/${locale}/${section}`).toBe(false)
        expect(passesProxy(`/${locale}/${section}?utm_source=mail`)).toBe(false)
        for (const param of LIST_QUERY_PARAMS) expect(passesProxy(`/${locale}/${section}?${param}=2`), `/${locale}/${section}?${param}`).toBe(false)
      }
      for (const path of ['', ...PAGE_FOLDERS.map((folder) => `/${folder}`), '/projects/some-project', '/news/2026-review', '/search?q=port', '/partner/sign-in']) {
        expect(passesProxy(`/${locale}${path}`), `/${locale}${path}`).toBe(false)
      }
    }
    for (const path of ['/admin', '/admin/collections/projects', '/api/health', '/_next/static/chunk.js', '/robots.txt', '/sitemap.xml']) {
      expect(passesProxy(path), path).toBe(false)
    }
  })
})
