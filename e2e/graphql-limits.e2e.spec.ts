import { expect, test } from '@playwright/test'

type GraphqlAnswer = { data?: { Projects?: { docs: { title: string }[] } }; errors?: { message: string }[] }

/** The query of the review: 200 aliases of a 100-document page, 11 KB, which kept the server busy for 11 s. */
const aliasFlood = `query {\n${Array.from({ length: 200 }, (_, index) => `  p${index}: Projects(limit: 100) { docs { id title } }`).join('\n')}\n}`

test.describe('the GraphQL API bounds what one query may cost', () => {
  test('a query of 200 aliases is refused with 400 before it runs, and one of 11 aliases too', async ({ request }) => {
    expect(aliasFlood.length).toBeGreaterThan(10_000)
    const response = await request.post('/api/graphql', { data: { query: aliasFlood } })
    expect(response.status()).toBe(400)
    const answer = (await response.json()) as GraphqlAnswer
    expect(answer.data).toBeUndefined()
    // Some 2,800 tokens: the parser stops at the thousandth, before it has read them all.
    expect(answer.errors?.map((error) => error.message).join('\n')).toMatch(/Document contains more tha[nt] 1000 tokens/)

    const eleven = `query { ${Array.from({ length: 11 }, (_, index) => `p${index}: Projects(limit: 1) { docs { id } }`).join(' ')} }`
    const refused = await request.post('/api/graphql', { data: { query: eleven } })
    expect(refused.status()).toBe(400)
    expect(((await refused.json()) as GraphqlAnswer).errors?.[0]?.message).toBe('Syntax Error: Aliases limit of 10 exceeded, found 11.')
  })

  test('one list asking for every document at once is refused with 400', async ({ request }) => {
    for (const list of ['Projects(limit: 5000)', 'Projects(limit: 0)', 'Projects(pagination: false)']) {
      const response = await request.post('/api/graphql', { data: { query: `{ ${list} { docs { id title slug summary } } }` } })
      expect(response.status(), list).toBe(400)
      expect(((await response.json()) as GraphqlAnswer).errors?.[0]?.message, list).toMatch(/complexity/i)
    }
  })

  test('a body sent as JSON that is not JSON is refused with 400 and the reason, in the language asked for', async ({ request }) => {
    for (const [locale, message] of [
      ['en', 'The request body is not valid JSON. Please check what you sent.'],
      ['ja', 'リクエスト本文が正しい JSON ではありません。送信内容をご確認ください。'],
    ]) {
      const response = await request.post(`/api/graphql?locale=${locale}`, { data: Buffer.from('{bad'), headers: { 'content-type': 'application/json' } })
      expect(response.status(), locale).toBe(400)
      expect(((await response.json()) as GraphqlAnswer).errors?.[0]?.message, locale).toBe(message)
    }
  })

  test('a query larger than 32 KB is refused unread', async ({ request }) => {
    const padding = `# ${'x'.repeat(40 * 1024)}\n`
    const response = await request.post('/api/graphql', { data: { query: `${padding}{ Projects(limit: 1) { docs { id } } }` } })
    expect(response.status()).toBe(413)
  })

  test('an ordinary query is still answered', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ Projects(limit: 5, locale: en) { docs { title } } }' },
    })
    expect(response.status()).toBe(200)
    const answer = (await response.json()) as GraphqlAnswer
    expect(answer.errors).toBeUndefined()
    expect(answer.data?.Projects?.docs.length).toBeGreaterThan(0)
    expect(answer.data?.Projects?.docs[0]?.title).toEqual(expect.any(String))
  })
})
