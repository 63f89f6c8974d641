import { createHash, randomBytes } from 'node:crypto'

import { type APIResponse, expect, type Page, test } from '@playwright/test'

import { SECTIONS, seededDocuments } from './seedData'

const [project, otherProject] = seededDocuments(SECTIONS.projects)

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

/** The CSP hash source of each inline script of an HTML page that would run (data blocks such as JSON-LD do not). */
function inlineScriptSources(html: string): string[] {
  const sources = new Set<string>()
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes) || /\stype="application\/ld\+json"/.test(attributes)) continue
    sources.add(`'sha256-${createHash('sha256').update(content).digest('base64')}'`)
  }
  return [...sources]
}

/** The portal's policy: scripts from its own origin and the page's own inline scripts, each named by its hash. */
async function expectPortalPolicy(response: APIResponse, what: string) {
  const csp = expectCommonHeaders(response, what)
  expect(csp.get('default-src'), what).toEqual(["'self'"])
  const scriptSources = csp.get('script-src') ?? []
  expect(scriptSources, what).not.toContain("'unsafe-inline'")
  expect(scriptSources, what).not.toContain("'unsafe-eval'")
  expect(scriptSources[0], what).toBe("'self'")
  const inline = inlineScriptSources(await response.text())
  expect(inline.length, what).toBeGreaterThan(0)
  expect(scriptSources.slice(1).sort(), what).toEqual(inline.sort())
  expect(csp.get('script-src-attr'), what).toEqual(["'none'"])
  expect(csp.get('base-uri'), what).toEqual(["'self'"])
  expect(csp.get('form-action'), what).toEqual(["'self'"])
  return csp
}

test.describe('security headers', () => {
  test('the home page carries the portal’s policy, also when answered again from the cache', async ({ request }) => {
    const policies: string[] = []
    for (const attempt of ['first', 'again', 'compressed']) {
      const response = await request.get('/en', {
        headers: { 'x-forwarded-proto': 'https', ...(attempt === 'compressed' ? { 'accept-encoding': 'gzip' } : {}) },
      })
      expect(response.status()).toBe(200)
      await expectPortalPolicy(response, `/en, ${attempt}`)
      policies.push(response.headers()['content-security-policy'])
    }
    expect(new Set(policies).size).toBe(1)
  })

  test('a project page, a list, a search and a form each name their own inline scripts', async ({ request }) => {
    for (const path of [`/en/projects/${project.slug}`, '/ja/projects', '/zh/search?q=%E5%B8%82%E5%8C%97', '/ko/enquire', '/en/partner/sign-in']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      await expectPortalPolicy(response, path)
    }
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

/**
 * What Chromium refuses under a page's Content-Security-Policy, on every page the tab opens: the messages
 * it writes to the console, and each `securitypolicyviolation` event.
 */
async function collectPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeBinding('reportPolicyViolation', (_source, violation: string) => {
    violations.push(violation)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (violation: string) => Promise<void> }).reportPolicyViolation
      void report(`${event.effectiveDirective} refused ${event.blockedURI} ${event.sample}`)
    })
  })
  return violations
}

/** A visitor from an address of its own (the tests' server trusts loopback's X-Forwarded-For): the form's rate limit counts it alone. */
const fromAddress = () => ({ 'x-forwarded-for': `10.${[...randomBytes(3)].join('.')}` })

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
    const violations = await collectPolicyViolations(page)

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

test.describe('the portal’s inline scripts, allowed by their hashes alone', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`every kind of page in ${locale} runs with no violation, the enquiry and its private page included`, async ({ browser }) => {
      test.setTimeout(90_000)
      const context = await browser.newContext({ extraHTTPHeaders: fromAddress() })
      const page = await context.newPage()
      const violations = await collectPolicyViolations(page)
      /** Opens a page as a document (not a client-side navigation), so that its own header is the one in force. */
      const open = async (path: string) => {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        const scriptSources = directivesOf((await response?.headerValue('content-security-policy')) ?? undefined).get('script-src') ?? []
        expect(scriptSources, path).not.toContain("'unsafe-inline'")
        expect(scriptSources.filter((source) => source.startsWith("'sha256-")).length, path).toBeGreaterThan(0)
        // React hydrated the page, which waits for the flight data its inline scripts carry.
        const isHydrated = () => page.evaluate(() => Object.keys(document.querySelector('main') ?? document.body).some((key) => key.startsWith('__reactFiber$')))
        await expect.poll(isHydrated, { message: path }).toBe(true)
      }

      await open(`/${locale}`)
      await open(`/${locale}/projects`)
      await open(`/${locale}/projects/${project.slug}`)
      await open(`/${locale}/search?q=${encodeURIComponent(project.title[locale].slice(0, 2))}`)
      await open(`/${locale}/compare?items=projects:${project.slug},projects:${otherProject.slug}`)
      await expect(page.locator('main thead th[scope="col"]')).toHaveCount(2)
      await open(`/${locale}/partner/sign-in`)

      await open(`/${locale}/enquire`)
      await page.locator('#enquiry-name').fill('CSP check')
      await page.locator('#enquiry-email').fill(`csp-${randomBytes(4).toString('hex')}@investor.e2e.test`)
      await page.locator('#enquiry-country').selectOption('SG')
      await page.locator('#enquiry-message').fill('Office space near the cruise port, for a regional team.')
      await page.locator('#enquiry-consent').check()
      await page.locator('main form button[type="submit"]').last().click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/enquire/thanks\\?`))
      await open(page.url())
      const privatePage = await page.locator('main a[href*="/enquiries/SB-"]').first().getAttribute('href')
      expect(privatePage).toMatch(new RegExp(`^/${locale}/enquiries/SB-`))
      await open(privatePage ?? '')
      await expect(page.getByTestId('enquiry-status')).not.toBeEmpty()

      expect(violations).toEqual([])
      await context.close()
    })
  }

  test('a script injected into a page does not run', async ({ page }) => {
    const violations = await collectPolicyViolations(page)
    await page.goto(`/en/projects/${project.slug}`)
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.documentElement.dataset.injected = "ran"'
      document.body.append(script)
      return document.documentElement.dataset.injected === 'ran'
    })
    expect(ran).toBe(false)
    await expect.poll(() => violations.join('\n')).toContain('script-src')
  })
})
