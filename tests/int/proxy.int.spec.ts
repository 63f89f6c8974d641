import type { IncomingMessage } from 'node:http'

import type { NextConfig } from 'next'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '@/lib/i18n/locales'
import { INTERNAL_LIST_SEGMENT, listParamsOf } from '@/lib/lists/listParams'
import { TYPED_PARAMS } from '@/lib/lists/listRoutes.mjs'
import { SECTION_NAMES, SECTIONS } from '@/lib/sections'
import { SECTION_ROUTES } from '@/lib/sections/routes.mjs'
import portalConfig from '@/next.config.mjs'
import proxy, { config, NO_ROUTE } from '@/proxy'
import { pageFolders, proxyWithMatchers } from '@/scripts/lib/proxy-matchers'

/** The folders of the portal's pages under `[locale]`, besides the internal lists. */
const PAGE_FOLDERS = pageFolders()

const passesProxy = (url: string) => unstable_doesMiddlewareMatch({ config, url })

describe('a language written as a tag, with a region or in capitals', () => {
  it('goes to the same page in that locale, its query kept; anything else is left to the locale negotiation', () => {
    for (const [from, to] of [
      ['/en-US/projects?stage=operating', '/en/projects?stage=operating'],
      ['/zh_CN', '/zh'],
      ['/zh-Hans/news/a-story', '/zh/news/a-story'],
      ['/JA/about', '/ja/about'],
      ['/ko-KR/', '/ko/'],
    ]) {
      expect(passesProxy(from), from).toBe(true)
      const response = proxy(new NextRequest(`https://portal.test${from}`))
      expect(response.status, from).toBe(308)
      expect(response.headers.get('location'), from).toBe(`https://portal.test${to}`)
    }
    for (const path of ['/english/x', '/fr-FR/projects', '/projects']) {
      const location = proxy(new NextRequest(`https://portal.test${path}`, { headers: { 'accept-language': 'ja' } })).headers.get('location')
      expect(location, path).toBe(`https://portal.test/ja${path}`)
    }
  })
})

describe('which requests pass through the proxy', () => {
  it('takes every path without a locale, to redirect it to the visitor’s language', () => {
    for (const path of ['/', '/projects', '/projects/some-project', '/enquire', '/english', '/kor/x', '/fr/projects']) {
      expect(passesProxy(path), path).toBe(true)
    }
  })

  it('takes paths under a locale that no page claims, the internal lists among them, to answer them not found in that language', () => {
    for (const locale of LOCALE_CODES) {
      for (const path of ['/no-such-page', '/no-such-section/an-item', '/lists/projects/all', '/lists/projects?q=port', '/searching', '/projects-old']) {
        expect(passesProxy(`/${locale}${path}`), `/${locale}${path}`).toBe(true)
        // Sent to a path no route matches, which Next answers with the not-found page, in the locale
        // next-intl tells it: `/en/no-such-page` would otherwise reach the `[section]` route.
        const response = proxy(new NextRequest(`https://portal.test/${locale}${path}`))
        expect(new URL(response.headers.get('x-middleware-rewrite')!).pathname, path).toBe(`/${locale}/${NO_ROUTE}`)
        expect(response.headers.get('x-middleware-request-x-next-intl-locale'), path).toBe(locale)
      }
    }
  })

  it('leaves pages already under their locale to the cache, lists filtered or not, with Payload, Next’s files and static files', () => {
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) {
        for (const query of ['', '?utm_source=mail', ...[...SECTION_ROUTES[section].choiceParams, ...TYPED_PARAMS].map((param) => `?${param}=2`)]) {
          expect(passesProxy(`/${locale}/${section}${query}`), `/${locale}/${section}${query}`).toBe(false)
        }
      }
      for (const path of ['', ...PAGE_FOLDERS.map((folder) => `/${folder}`), '/projects/some-project', '/projects/some-project/factsheet.pdf', '/news/2026-review', '/search?q=port', '/partner/sign-in']) {
        expect(passesProxy(`/${locale}${path}`), `/${locale}${path}`).toBe(false)
      }
    }
    for (const path of ['/admin', '/admin/collections/projects', '/api/health', '/_next/static/chunk.js', '/robots.txt', '/sitemap.xml']) {
      expect(passesProxy(path), path).toBe(false)
    }
  })

  it('names in its matchers the locales, sections and page folders of today (Next reads them as literals: `npm run build` writes them)', () => {
    const { current, expected } = proxyWithMatchers()
    expect(current, 'proxy.ts: run `npm run build` or `npm run dev`, which write its matchers (scripts/lib/proxy-matchers.ts)').toBe(expected)
    const localeGroup = `(${LOCALE_CODES.join('|')})`
    for (const matcher of config.matcher) {
      expect(matcher.replaceAll('(?:', '('), matcher).toContain(localeGroup)
    }
    const claimed = /\(\?!\(\?:([a-z0-9|-]+)\)/.exec(config.matcher[1])?.[1].split('|')
    expect(claimed?.toSorted()).toEqual([...SECTION_NAMES, ...PAGE_FOLDERS].toSorted())
  })
})

type Rewrite = { source: string; destination: string; has?: Parameters<typeof matchHas>[2]; missing?: Parameters<typeof matchHas>[3] }

/**
 * Where Next's router sends a URL by the config's rewrites, as its resolve-routes does: the first rule
 * whose path and query conditions hold, with what both captured (Next's unstable_getResponseFromNextConfig
 * drops what a query condition captures, so it cannot be used here).
 */
async function rewrite(url: string): Promise<string | null> {
  const { pathname, searchParams } = new URL(url, 'https://portal.test')
  const query = Object.fromEntries(searchParams)
  const { beforeFiles } = (await (portalConfig as NextConfig).rewrites!()) as { beforeFiles: Rewrite[] }
  for (const rule of beforeFiles) {
    const pathParams = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname)
    const queryParams = pathParams && matchHas({ headers: {} } as IncomingMessage, query, rule.has, rule.missing)
    if (!pathParams || !queryParams) continue
    const { parsedDestination } = prepareDestination({ appendParamsToQuery: true, destination: rule.destination, params: { ...pathParams, ...queryParams }, query })
    const search = new URLSearchParams(parsedDestination.query as Record<string, string>)
    return `${parsedDestination.pathname}${search.size > 0 ? `?${search}` : ''}`
  }
  return null
}

describe('where next.config.mjs sends a filtered list', () => {
  const filtersOf = (target: string | null) => listParamsOf(new URL(target!, 'https://portal.test').pathname.split('/').pop()!)
  const pathOf = (target: string | null) => new URL(target!, 'https://portal.test').pathname

  it('sends chosen filters to one cached page per combination, whatever their order or extra parameters', async () => {
    const target = await rewrite('/ja/projects?stage=seeking-investment&utm_source=mail&industry=finance&page=1')
    expect(pathOf(target)).toMatch(/^\/ja\/lists\/projects\/[^/]+$/)
    expect(pathOf(target)).toBe(pathOf(await rewrite('/ja/projects?industry=finance&stage=seeking-investment')))
    expect(filtersOf(target)).toEqual({ industry: 'finance', stage: 'seeking-investment' })
    expect(filtersOf(await rewrite('/zh/rcep?country=KR&page=3'))).toEqual({ country: 'KR', page: '3' })
  })

  it('reaches every combination of every section’s choices, in every locale', async () => {
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) {
        const params: readonly string[] = SECTION_ROUTES[section].choiceParams
        for (let mask = 1; mask < 1 << params.length; mask++) {
          const chosen = Object.fromEntries(params.filter((_, i) => mask & (1 << i)).map((param) => [param, param === 'page' ? '2' : 'x-1']))
          const target = await rewrite(`/${locale}/${section}?${new URLSearchParams(chosen)}`)
          expect(pathOf(target).startsWith(`/${locale}/${INTERNAL_LIST_SEGMENT}/${section}/`), `${locale} ${section} ${mask}`).toBe(true)
          expect(filtersOf(target)).toEqual(chosen)
        }
      }
    }
  })

  it('leaves out a value that cannot name anything, and the first page, as if absent', async () => {
    expect(await rewrite('/en/news?page=1&category=<script>')).toBeNull()
    expect(await rewrite('/en/news?category=')).toBeNull()
    expect(filtersOf(await rewrite('/en/projects?industry=finance&area=a%20b&page=0'))).toEqual({ industry: 'finance' })
  })

  it('sends typed filters to the per-request list with every parameter as the visitor sent it', async () => {
    for (const param of TYPED_PARAMS) {
      const target = await rewrite(`/ko/projects?${param}=%ED%95%AD%EA%B5%AC&industry=finance`)
      const url = new URL(target!, 'https://portal.test')
      expect(url.pathname).toBe('/ko/lists/projects')
      expect(Object.fromEntries(url.searchParams)).toEqual({ [param]: '항구', industry: 'finance' })
    }
    expect(pathOf(await rewrite('/en/projects?q=%20%20&stage=operating'))).toBe('/en/lists/projects/stage=operating')
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) expect(pathOf(await rewrite(`/${locale}/${section}?q=port`))).toBe(`/${locale}/lists/${section}`)
    }
  })

  it('routes exactly the choices each section’s filters read, and the page', () => {
    for (const section of SECTION_NAMES) {
      const chosen = SECTIONS[section].filters.map((filter) => filter.param).filter((param) => !(TYPED_PARAMS as readonly string[]).includes(param))
      expect([...chosen, 'page'], section).toEqual(SECTION_ROUTES[section].choiceParams)
    }
  })

  it('leaves what is not a list alone', async () => {
    for (const url of ['/en/projects', '/en/projects/some-project?page=2', '/en/search?q=port', '/fr/projects?page=2', '/en/lists/projects?q=x']) {
      expect(await rewrite(url), url).toBeNull()
    }
  })
})

describe('where next.config.mjs sends a comparison', () => {
  it('sends well-formed items, up to six, to one cached page per list of items', async () => {
    const target = await rewrite('/ja/compare?items=projects:qilu-hospital-phase-2,areas:cruise-port-area&utm_source=mail')
    const segment = new URL(target!, 'https://portal.test').pathname.split('/').pop()!
    expect(new URL(target!, 'https://portal.test').pathname.startsWith(`/ja/${INTERNAL_LIST_SEGMENT}/compare/`)).toBe(true)
    expect(decodeURIComponent(segment)).toBe('projects:qilu-hospital-phase-2,areas:cruise-port-area')
    const six = Array.from({ length: 6 }, (_, index) => `funds:fund-${index}`).join(',')
    expect(await rewrite(`/en/compare?items=${six}`)).not.toBeNull()
  })

  it('leaves to the per-request page what is malformed, too long, or already checked', async () => {
    const seven = Array.from({ length: 7 }, (_, index) => `funds:fund-${index}`).join(',')
    for (const url of [`/en/compare?items=${seven}`, '/en/compare?items=projects:<b>', '/en/compare?items=projects:a,,areas:b', '/en/compare', '/en/compare?items=projects:a&dropped=1']) {
      expect(await rewrite(url), url).toBeNull()
    }
  })
})
