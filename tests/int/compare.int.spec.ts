import { describe, expect, it } from 'vitest'

import { COMPARABLE_SECTIONS, parseComparedItems } from '@/lib/sections/compare'

describe('the items a comparison’s address asks for', () => {
  it('are the sections the registry marks comparable', () => {
    expect([...COMPARABLE_SECTIONS].sort()).toEqual(['areas', 'funds', 'projects', 'rcep', 'talent'])
  })

  it('keeps well-formed items of compared sections, in order and once each', () => {
    expect(parseComparedItems('projects:a-1,areas:b,projects:a-1')).toEqual({
      items: [
        { section: 'projects', slug: 'a-1' },
        { section: 'areas', slug: 'b' },
      ],
      dropped: 0,
    })
  })

  it('counts as left out what is malformed, of a section not compared, or beyond six', () => {
    const seven = Array.from({ length: 7 }, (_, index) => `funds:f${index}`).join(',')
    expect(parseComparedItems(seven)).toMatchObject({ dropped: 1 })
    expect(parseComparedItems(seven).items).toHaveLength(6)
    expect(parseComparedItems('projects:A,projects:<b>,news:c,industries:d,projects:ok,nothing')).toEqual({ items: [{ section: 'projects', slug: 'ok' }], dropped: 5 })
    expect(parseComparedItems(['projects:a', 'projects:b'])).toEqual({ items: [], dropped: 0 })
    expect(parseComparedItems(undefined)).toEqual({ items: [], dropped: 0 })
  })
})
