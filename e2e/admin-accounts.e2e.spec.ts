import { randomBytes } from 'node:crypto'

import { expect, firstAdmin, signInOverApi, signInToAdmin, test } from './support/staff'

test('the administrator creates an editor account', async ({ page }) => {
  await signInToAdmin(page, firstAdmin())
  const editor = { email: `editor-${randomBytes(4).toString('hex')}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
  const created = await page.request.post('/api/users', { headers: { origin: new URL(page.url()).origin }, data: { ...editor, roles: ['editor'] } })
  expect(created.status()).toBe(201)
})

test('a partner sees through GraphQL only its own enquiries, never the internal notes', async ({ adminApi, request }) => {
  const suffix = randomBytes(3).toString('hex')
  const partners = ['a', 'b'].map((name) => ({ email: `partner-${name}-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }))
  const ids: number[] = []
  for (const partner of partners) {
    const created = await adminApi.post('/api/partners', { data: { ...partner, organisation: `Chamber ${partner.email}` } })
    ids.push(((await created.json()) as { doc: { id: number } }).doc.id)
  }
  const enquiry = await adminApi.post('/api/enquiries', {
    data: { type: 'general', name: 'Client', email: 'client@e2e.test', message: 'About the CBD', consent: true, partner: ids[1], notes: [{ body: 'internal: budget confirmed' }] },
  })
  expect(enquiry.status()).toBe(201)

  const query = { query: '{ Enquiries { docs { id name notes { body } } } }' }
  const seenBy = async (partner: { email: string; password: string }) => {
    const response = await request.post('/api/graphql', { headers: await signInOverApi(request, 'partners', partner), data: query })
    return (await response.json()) as { data: { Enquiries: { docs: { name: string; notes: unknown }[] } } }
  }
  expect((await seenBy(partners[0])).data.Enquiries.docs).toEqual([])
  const own = await seenBy(partners[1])
  expect(own.data.Enquiries.docs.map((doc) => doc.name)).toEqual(['Client'])
  expect(JSON.stringify(own)).not.toContain('budget confirmed')
})

test('the portal shows drafts to nobody but signed-in staff', async ({ request }) => {
  const response = await request.get('/api/preview?path=/en', { maxRedirects: 0 })
  expect(response.status()).toBe(403)
})
