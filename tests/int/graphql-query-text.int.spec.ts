import { describe, expect, it } from 'vitest'

import { GRAPHQL_LIMITS, refusalOfQueryText } from '@/lib/graphql/queryLimits'

const asBody = (value: unknown) => Buffer.from(JSON.stringify(value))
const aliases = (count: number) => Array.from({ length: count }, (_, index) => `p${index}: Projects(limit: 1) { docs { id } }`).join('\n')

async function messagesOf(response: Response | null): Promise<string[]> {
  expect(response?.status).toBe(400)
  const answer = (await response?.json()) as { errors: { message: string }[] }
  return answer.errors.map((error) => error.message)
}

describe('a GraphQL query its text alone refuses is answered before Payload sees it', () => {
  it('the review’s 200 aliases, and aliases hidden in a fragment', async () => {
    expect(await messagesOf(refusalOfQueryText(asBody({ query: `query {\n${aliases(200)}\n}` })))).toEqual([
      `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded, found 200.`,
    ])
    const fragment = `query { ...Many } fragment Many on Query { ${aliases(GRAPHQL_LIMITS.aliases + 1)} }`
    expect(await messagesOf(refusalOfQueryText(asBody({ query: fragment })))).toEqual([
      `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded, found ${GRAPHQL_LIMITS.aliases + 1}.`,
    ])
  })

  it('a nesting deeper than the limit, and a query that does not parse', async () => {
    const deep = `{ ${'a { '.repeat(GRAPHQL_LIMITS.depth + 1)}id${' }'.repeat(GRAPHQL_LIMITS.depth + 1)} }`
    expect((await messagesOf(refusalOfQueryText(asBody({ query: deep }))))[0]).toContain(`Query depth limit of ${GRAPHQL_LIMITS.depth} exceeded`)
    expect((await messagesOf(refusalOfQueryText(asBody({ query: '{ Projects(limit: 1) { docs { id }' }))))[0]).toMatch(/^Syntax Error: Expected Name/)
  })

  it('leaves to Payload an ordinary query, a query within the limits, and a body that is not a JSON query', () => {
    expect(refusalOfQueryText(asBody({ query: '{ Projects(limit: 5, locale: en) { docs { title } } }' }))).toBeNull()
    expect(refusalOfQueryText(asBody({ query: `query {\n${aliases(GRAPHQL_LIMITS.aliases)}\n}` }))).toBeNull()
    for (const body of [Buffer.from('query { x }'), asBody(null), asBody({ query: 42 }), Buffer.alloc(0)]) expect(refusalOfQueryText(body)).toBeNull()
  })
})
