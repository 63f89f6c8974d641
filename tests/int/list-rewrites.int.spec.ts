import type { NextConfig } from 'next'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas, prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring'
import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '@/lib/i18n/locales'
import { listParamsOf } from '@/lib/lists/listRewrite'
import { SECTION_NAMES } from '@/lib/sections'
import nextConfig from '@/next.config.mjs'

type Rewrites = { beforeFiles: { source: string; destination: string; has?: never[]; missing?: never[] }[] }

/**
 * Where Next's router sends a public URL, as next.config.mjs's rewrites decide, or null when it serves
 * the URL's own page: the steps of Next's resolve-routes, with its own functions (its testing helper,
 * `unstable_getResponseFromNextConfig`, drops the values a rule captures from the query).
 */
async function servedBy(url: string): Promise<URL | null> {
  const { beforeFiles } = (await (nextConfig as NextConfig).rewrites!()) as unknown as Rewrites
  const { pathname, searchParams } = new URL(url, 'http://portal.test')
  const query = searchParamsToUrlQuery(searchParams)
  for (const rule of beforeFiles) {
    const params = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname)
    const captured = params && matchHas({ headers: {} } as never, query, rule.has, rule.missing)
    if (!params || !captured) continue
    const { parsedDestination } = prepareDestination({ appendParamsToQuery: true, destination: rule.destination, params: { ...params, ...captured }, query })
    const destination = new URL(parsedDestination.pathname!, 'http://portal.test')
    for (const [key, value] of Object.entries(parsedDestination.query)) destination.searchParams.set(key, String(value))
    return destination
  }
  return null
}

describe('where a filtered list is served from', () => {
  it('serves chosen filters from one cached page per combination, whatever the parameters’ order or the extra ones', async () => {
    const target = await servedBy('/ja/projects?stage=seeking-investment&utm_source=mail&industry=finance&page=1')
    expect(target?.pathname).toBe('/ja/lists/projects/industry=finance&stage=seeking-investment')
    expect((await servedBy('/ja/projects?industry=finance&stage=seeking-investment'))?.pathname).toBe(target?.pathname)
    expect(listParamsOf(target!.pathname.split('/').pop()!)).toEqual({ industry: 'finance', stage: 'seeking-investment' })
    expect((await servedBy('/en/news?page=3'))?.pathname).toBe('/en/lists/news/page=3')
  })

  it('rewrites every choice of every list in every locale, and leaves the unfiltered list its own page', async () => {
    for (const locale of LOCALE_CODES) {
      for (const section of SECTION_NAMES) {
        expect(await servedBy(`/${locale}/${section}`), `/${locale}/${section}`).toBeNull()
        expect((await servedBy(`/${locale}/${section}?page=2`))?.pathname).toBe(`/${locale}/lists/${section}/page=2`)
      }
    }
    expect((await servedBy('/ko/funds?type=venture&industry=finance'))?.pathname).toBe('/ko/lists/funds/industry=finance&type=venture')
    expect((await servedBy('/zh/rcep?country=JP'))?.pathname).toBe('/zh/lists/rcep/country=JP')
    expect((await servedBy('/en/talent?category=housing&group=graduates'))?.pathname).toBe('/en/lists/talent/group=graduates&category=housing')
  })

  it('leaves out what cannot name a choice, and the empty fields of a submitted form', async () => {
    expect((await servedBy('/en/news?page=1&category=<script>'))).toBeNull()
    expect((await servedBy('/en/projects?industry=&area=&stage=operating&q=&min=+&max='))?.pathname).toBe('/en/lists/projects/stage=operating')
    expect((await servedBy(`/en/projects?industry=${'a'.repeat(65)}&page=0`))).toBeNull()
  })

  it('serves typed filters from the per-request list, with every parameter as the visitor sent it', async () => {
    const target = await servedBy('/ko/projects?q=%ED%95%AD%EA%B5%AC&min=5&industry=finance')
    expect(target?.pathname).toBe('/ko/lists/projects')
    expect(Object.fromEntries(target!.searchParams)).toEqual({ q: '항구', min: '5', industry: 'finance' })
    expect((await servedBy('/en/projects?max=20'))?.pathname).toBe('/en/lists/projects')
  })

  it('leaves what is not a list alone', async () => {
    for (const url of ['/en/projects/some-project?page=2', '/en/search?q=port', '/en?stage=operating', '/en/partner?page=2']) {
      expect(await servedBy(url), url).toBeNull()
    }
  })
})
