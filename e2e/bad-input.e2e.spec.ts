import { readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'

import { expect, type Page, test } from '@playwright/test'

import type enMessages from '../messages/en.json'

const messagesOf = (locale: string) => JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8')) as typeof enMessages
const en = messagesOf('en')
const ja = messagesOf('ja')

/** What the server answers a path sent exactly as written (`..` and bad escapes included), as a hand-made client would. */
function rawGet(baseURL: string, path: string): Promise<number> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

/** The enquiry form's server action as the page binds it for a browser without JavaScript. */
async function enquiryFormAction(page: Page) {
  await page.goto('/en/enquire')
  const form = page.locator('form:has(#enquiry-message)')
  const reference = await form.locator('input[name^="$ACTION_REF_"]').getAttribute('name')
  const index = reference?.replace('$ACTION_REF_', '') ?? ''
  const boundAction = await form.locator(`input[name="$ACTION_${index}:0"]`).getAttribute('value')
  const boundArguments = await form.locator(`input[name="$ACTION_${index}:1"]`).getAttribute('value')
  const actionId = (JSON.parse(boundAction ?? '{}') as { id: string }).id
  return { index, boundAction: boundAction ?? '', boundArguments: boundArguments ?? '', actionId }
}

const badAddresses = [
  '/api/projects/abc',
  '/api/projects?page=-5',
  '/api/projects?where[id][in]=abc',
  '/api/projects?where[id][equals]=99999999999999',
  '/api/projects?where[industry][equals]=abc',
  '/api/projects?where[slug][contains]=%00',
  '/api/media/file/nonexistent.png',
  '/en/projects/%00',
  '/en/industries/%ff',
  '/api/projects/%ff',
]

test.describe('bad input is refused, never answered with a server error', () => {
  for (const address of badAddresses) {
    test(`GET ${address} answers 400 or 404`, async ({ baseURL }) => {
      expect([400, 404]).toContain(await rawGet(baseURL ?? '', address))
    })
  }

  test('a path climbing out of the media folder is refused', async ({ baseURL }) => {
    expect([400, 404]).toContain(await rawGet(baseURL ?? '', '/api/media/file/../x'))
    // Escaped, the climb reaches Payload's file route, which forbids it (403).
    expect(await rawGet(baseURL ?? '', '/api/media/file/..%2fx')).toBe(403)
  })

  test('a malformed API query is explained in the language asked for', async ({ request }) => {
    const inJapanese = await request.get('/api/projects?where[id][in]=abc', { headers: { 'Accept-Language': 'ja' } })
    expect(inJapanese.status()).toBe(400)
    expect(await inJapanese.json()).toEqual({ errors: [{ message: ja.badRequest.malformedQuery }] })
    const inEnglish = await request.get('/api/projects?page=-5', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    expect(inEnglish.status()).toBe(400)
    expect(await inEnglish.json()).toEqual({ errors: [{ message: en.badRequest.malformedQuery }] })
  })

  test('an enquiry posted as a web form instead of JSON is refused with a reason', async ({ request }) => {
    const form = { name: 'Ann Lee', email: 'ann@example.com', message: 'We plan a cold-chain hub.', consent: 'true' }
    const toCollection = await request.post('/api/enquiries', { form })
    expect(toCollection.status()).toBeGreaterThanOrEqual(400)
    expect(toCollection.status()).toBeLessThan(500)
    const toEndpoint = await request.post('/api/enquiries/submit?locale=en', { form })
    expect(toEndpoint.status()).toBe(400)
    expect(((await toEndpoint.json()) as { formError: string }).formError).toBe(en.enquire.errors.summary)
  })

  test('a JSON enquiry larger than any enquiry can be is refused unread', async ({ request }) => {
    const response = await request.post('/api/enquiries/submit?locale=ja', {
      headers: { 'Content-Type': 'application/json' },
      data: JSON.stringify({ message: 'a'.repeat(1024 * 1024) }),
    })
    expect(response.status()).toBe(413)
    expect(((await response.json()) as { formError: string }).formError).toBe(ja.badRequest.tooLarge)
  })

  test('the enquiry form refuses a 1 MB message with 413 and a reason in the page’s language', async ({ page, request }) => {
    const action = await enquiryFormAction(page)
    const response = await request.post('/en/enquire', {
      multipart: {
        [`$ACTION_REF_${action.index}`]: '',
        [`$ACTION_${action.index}:0`]: action.boundAction,
        [`$ACTION_${action.index}:1`]: action.boundArguments,
        name: 'Ann Lee',
        email: 'ann@example.com',
        message: 'a'.repeat(1024 * 1024),
        consent: 'on',
      },
    })
    expect(response.status()).toBe(413)
    expect(await response.text()).toBe(en.badRequest.tooLarge)
  })

  test('the enquiry form still answers a submission of ordinary size', async ({ page, request }) => {
    const action = await enquiryFormAction(page)
    const response = await request.post('/en/enquire', {
      multipart: {
        [`$ACTION_REF_${action.index}`]: '',
        [`$ACTION_${action.index}:0`]: action.boundAction,
        [`$ACTION_${action.index}:1`]: action.boundArguments,
        name: 'Ann Lee',
        message: 'Too short',
      },
    })
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(en.enquire.errors.messageTooShort)
  })

  test('a server action called with tampered arguments answers 404', async ({ page, request }) => {
    const action = await enquiryFormAction(page)
    const tamperedBinding = await request.post('/en/enquire', {
      multipart: {
        [`$ACTION_REF_${action.index}`]: '',
        [`$ACTION_${action.index}:0`]: action.boundAction,
        [`$ACTION_${action.index}:1`]: JSON.stringify([{ locale: 'en' }]),
        name: 'Ann Lee',
      },
    })
    expect(tamperedBinding.status()).toBe(404)
    const notAForm = await request.post('/en/enquire', {
      headers: { 'Next-Action': action.actionId, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify(['en', null, 'not the form']),
    })
    expect(notAForm.status()).toBe(404)
  })
})
