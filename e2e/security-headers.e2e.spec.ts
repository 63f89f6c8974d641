import { type APIResponse, expect, type Page, test } from '@playwright/test'

import { SECTIONS, seededDocuments } from './seedData'

const project = seededDocuments(SECTIONS.projects)[0]

/** A CSP header as a map of directive → its sources. */
function directivesOf(policy: string | undefined): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** What every answer carries, whatever its face. */
function expectCommonHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], what).toContain('camera=()')
  expect(headers['permissions-policy'], what).toContain('geolocation=()')
  // The e2e server's address is plain HTTP: no HSTS, whatever a request says about its scheme.
  expect(headers['strict-transport-security'], what).toBeUndefined()
  const csp = directivesOf(headers['content-security-policy'])
  expect(csp.get('frame-ancestors'), what).toEqual(["'self'"])
  expect(csp.get('object-src') ?? csp.get('default-src'), what).toEqual(["'none'"])
  return csp
}

function expectPortalPolicy(response: APIResponse, what: string) {
  const csp = expectCommonHeaders(response, what)
  expect(csp.get('default-src'), what).toEqual(["'self'"])
  expect(csp.get('script-src'), what).not.toContain("'unsafe-eval'")
  expect(csp.get('script-src-attr'), what).toEqual(["'none'"])
  expect(csp.get('base-uri'), what).toEqual(["'self'"])
  expect(csp.get('form-action'), what).toEqual(["'self'"])
}

test.describe('security headers', () => {
  test('the home page carries the portal’s policy, also when answered again from the cache', async ({ request }) => {
    for (const attempt of ['first', 'again']) {
      const response = await request.get('/en', { headers: { 'x-forwarded-proto': 'https' } })
      expect(response.status()).toBe(200)
      expectPortalPolicy(response, `/en, ${attempt}`)
    }
  })

  test('a project page carries the portal’s policy', async ({ request }) => {
    const response = await request.get(`/en/projects/${project.slug}`)
    expect(response.status()).toBe(200)
    expectPortalPolicy(response, 'project page')
  })

  test('the admin carries a policy of its own, framed by nothing but itself', async ({ request }) => {
    const response = await request.get('/admin/login')
    expect(response.status()).toBe(200)
    const csp = expectCommonHeaders(response, '/admin/login')
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('frame-src')).toEqual(["'self'"])
  })

  test('the API answers with a policy that lets nothing run', async ({ request }) => {
    const response = await request.get('/api/projects?limit=1')
    expect(response.status()).toBe(200)
    const csp = expectCommonHeaders(response, '/api/projects')
    expect(csp.get('default-src')).toEqual(["'none'"])
  })

  test('a static file of the build carries the headers too', async ({ request }) => {
    const html = await (await request.get('/en')).text()
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const response = await request.get(script ?? '')
    expect(response.status()).toBe(200)
    expectCommonHeaders(response, script ?? '')
  })
})

/** The messages Chromium writes when a Content-Security-Policy refuses something. */
function collectPolicyViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test.describe('framing', () => {
  test('the portal shows inside a page of its own origin, as in the admin’s live preview', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/frame-host`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>host</title><iframe src="/en/projects/${project.slug}"></iframe>` }),
    )
    await page.goto('/frame-host')
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(project.title.en)
  })

  test('another site cannot frame the portal', async ({ page, baseURL }) => {
    await page.route('http://another-site.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>other</title><iframe src="${baseURL}/en/projects/${project.slug}"></iframe>` }),
    )
    // The page's load waits for its frame's: by then Chromium has shown its error page in the frame.
    await page.goto('http://another-site.test/', { waitUntil: 'load' })
    expect(page.mainFrame().childFrames()[0]?.url()).toMatch(/^chrome-error:/)
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0)
  })
})

test.describe('the portal under its policy', () => {
  test('the home page with its charts and pictures, a project, the language switcher, the filters, search and the enquiry form run with no violation', async ({ page }) => {
    const violations = collectPolicyViolations(page)

    await page.goto('/en')
    const pictures = page.locator('main img')
    await expect(pictures.first()).toBeVisible()
    for (const picture of await pictures.all()) {
      await picture.scrollIntoViewIfNeeded()
      await expect(picture).toHaveJSProperty('complete', true)
      expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0)
    }

    await page.goto(`/en/projects/${project.slug}`)
    await page.getByRole('link', { name: '日本語' }).click()
    await expect(page).toHaveURL(new RegExp(`/ja/projects/${project.slug}$`))

    await page.goto('/en/projects')
    await page.locator('main form[method="get"] select').first().selectOption({ index: 1 })
    await page.locator('main form[method="get"] button[type="submit"]').first().click()
    await expect(page).toHaveURL(/\/en\/projects\?/)

    await page.getByRole('search').getByRole('searchbox').fill('port')
    await page.getByRole('search').getByRole('searchbox').press('Enter')
    await expect(page).toHaveURL(/\/en\/search\?q=port/)

    await page.goto('/en/enquire')
    await page.locator('#enquiry-name').fill('CSP check')
    await page.locator('form button[type="submit"]').last().click()
    await expect(page.getByRole('alert').first()).not.toBeEmpty()

    expect(violations).toEqual([])
  })
})
