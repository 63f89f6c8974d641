import { readdirSync } from 'node:fs'
import path from 'node:path'

import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '@/lib/i18n/locales'
import { INTERNAL_LIST_SEGMENT, internalListPath, LIST_QUERY_PARAMS, listParamsOf } from '@/lib/lists/listRewrite'
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

  it('takes every list page with a parameter the list reads, in every locale', () => {
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) {
        for (const param of LIST_QUERY_PARAMS) {
          expect(passesProxy(`/${locale}/${section}?utm_source=mail&${param}=2`), `/${locale}/${section}?${param}`).toBe(true)
        }
      }
    }
  })

  it('takes paths under a locale that no page claims, the internal lists among them, to answer them not found in that language', () => {
    for (const locale of LOCALE_CODES) {
      for (const path of ['/no-such-page', '/lists/projects/all', '/lists/projects?q=port', '/searching', '/projects-old']) {
        expect(passesProxy(`/${locale}${path}`), `/${locale}${path}`).toBe(true)
      }
    }
  })

  it('leaves pages already under their locale to the cache, unfiltered lists too, with Payload, Next’s files and static files', () => {
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) {
        expect(passesProxy(`/${locale}/${section}`), `/${locale}/${section}`).toBe(false)
        expect(passesProxy(`/${locale}/${section}?utm_source=mail`)).toBe(false)
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

describe('where the proxy sends a filtered list', () => {
  const rewrite = (url: string) => {
    const { pathname, searchParams } = new URL(url, 'http://portal.test')
    return internalListPath(pathname, searchParams)
  }

  it('sends chosen filters to one cached page per combination, whatever their order, case or extra parameters', () => {
    const target = rewrite('/ja/projects?stage=Seeking-Investment&utm_source=mail&industry=finance&page=1')
    expect(target).toBe(rewrite('/ja/projects?industry=finance&stage=seeking-investment'))
    expect(target).toMatch(/^\/ja\/lists\/projects\/[^/?]+$/)
    expect(listParamsOf(target!.split('/').pop()!)).toEqual({ industry: 'finance', stage: 'seeking-investment' })
    expect(rewrite('/en/news?page=1&category=<script>')).toBe('/en/lists/news/all')
  })

  it('sends typed filters to the per-request list with every parameter as the visitor sent it', () => {
    const target = rewrite('/ko/projects?q=%ED%95%AD%EA%B5%AC&min=5&industry=finance')
    expect(target).not.toBeNull()
    const url = new URL(target!, 'http://portal.test')
    expect(url.pathname).toBe('/ko/lists/projects')
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '항구', min: '5', industry: 'finance' })
  })

  it('leaves what is not a list alone', () => {
    expect(rewrite('/en/projects/some-project?page=2')).toBeNull()
    expect(rewrite('/en/search?q=port')).toBeNull()
  })
})
