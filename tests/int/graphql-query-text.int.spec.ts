import { createServer, type IncomingMessage, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerRefusedGraphqlQuery, isCheckableGraphqlPost } from '@/lib/graphql/queryText.mjs'

import { GRAPHQL_LIMITS, refusalOfQueryText } from '@/lib/graphql/queryLimits'

const asBody = (value: unknown) => Buffer.from(JSON.stringify(value))
const aliases = (count: number) => Array.from({ length: count }, (_, index) => `p${index}: Projects(limit: 1) { docs { id } }`).join('\n')

async function messagesOf(response: Response | null): Promise<string[]> {
  expect(response?.status).toBe(400)
  const answer = (await response?.json()) as { errors: { message: string }[] }
  return answer.errors.map((error) => error.message)
}

describe('a GraphQL query its text alone refuses is answered before Payload sees it', () => {
  it('the review’s 200 aliases (too long to parse whole), one alias too many, and aliases hidden in a fragment', async () => {
    // 200 aliases are some 2,400 tokens: the parser stops at the limit, before it has read them all.
    const [flood] = await messagesOf(refusalOfQueryText(asBody({ query: `query {\n${aliases(200)}\n}` })))
    expect(flood).toMatch(new RegExp(`^Syntax Error: Document contains more tha[nt] ${GRAPHQL_LIMITS.tokens} tokens`))
    expect(await messagesOf(refusalOfQueryText(asBody({ query: `query {\n${aliases(GRAPHQL_LIMITS.aliases + 1)}\n}` })))).toEqual([
      `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded, found ${GRAPHQL_LIMITS.aliases + 1}.`,
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
    // Ten aliases of thirty fields each: the largest query of the portal's kind is well within the tokens.
    const fields = Array.from({ length: 30 }, (_, index) => `f${index}`).join(' ')
    const wide = Array.from({ length: GRAPHQL_LIMITS.aliases }, (_, index) => `p${index}: Projects(limit: 1, locale: en) { docs { ${fields} } }`).join('\n')
    expect(refusalOfQueryText(asBody({ query: `query {\n${wide}\n}` }))).toBeNull()
    for (const body of [Buffer.from('query { x }'), asBody(null), asBody({ query: 42 }), Buffer.alloc(0)]) expect(refusalOfQueryText(body)).toBeNull()
  })
})

describe('the production server refuses such a query itself, and hands every other request on with its body whole', () => {
  // server.mjs's order: the check, then (here) a stand-in for Next that echoes the body it reads.
  const server = createServer((req, res) => {
    const next = (request: IncomingMessage) => {
      // As Next does: a web Request over the Node body stream, which refuses a stream anybody read from.
      const web = new Request(`http://localhost${request.url}`, { method: 'POST', body: request as unknown as BodyInit, duplex: 'half' } as RequestInit)
      void web.arrayBuffer().then((body) => res.writeHead(200, { 'x-method': request.method ?? '' }).end(Buffer.from(body)))
    }
    if (!isCheckableGraphqlPost(req)) return next(req)
    void answerRefusedGraphqlQuery(req, res).then((handedOn) => handedOn && next(handedOn))
  })
  let port = 0
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Posts the body in pieces, a moment apart, as a slow client sends it. */
  function post(path: string, body: Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest({ port, path, method: 'POST', headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      })
      req.on('error', reject)
      const [first, middle] = [Math.min(7, body.length), Math.max(Math.min(7, body.length), Math.floor(body.length / 2))]
      const pieces = [body.subarray(0, first), body.subarray(first, middle), body.subarray(middle)]
      const sendNext = () => {
        const piece = pieces.shift()
        if (!piece) return req.end()
        req.write(piece)
        setTimeout(sendNext, 20)
      }
      sendNext()
    })
  }

  it('answers 400 with the reason to the review’s 200 aliases', async () => {
    const answer = await post('/api/graphql', asBody({ query: `query {\n${aliases(200)}\n}` }))
    expect(answer.status).toBe(400)
    expect((JSON.parse(answer.text) as { errors: { message: string }[] }).errors[0].message).toMatch(new RegExp(`^Syntax Error: Document contains more tha[nt] ${GRAPHQL_LIMITS.tokens} tokens`))
  })

  it('hands on an ordinary query, a body that is not JSON and other paths with every byte of their body', async () => {
    const ordinary = asBody({ query: '{ Projects(limit: 5) { docs { title } } }', variables: { note: '市北区 ✓' } })
    expect(await post('/api/graphql', ordinary)).toEqual({ status: 200, text: ordinary.toString('utf8') })
    expect(await post('/api/graphql', Buffer.from('query { x }'))).toEqual({ status: 200, text: 'query { x }' })
    expect(await post('/api/graphql?locale=ja', Buffer.from('{"query":"{ x }"}'), { 'content-type': 'application/graphql' })).toEqual({ status: 200, text: '{"query":"{ x }"}' })
    const refusedElsewhere = asBody({ query: `query {\n${aliases(200)}\n}` })
    expect(await post('/api/projects', refusedElsewhere)).toEqual({ status: 200, text: refusedElsewhere.toString('utf8') })
  })
})
