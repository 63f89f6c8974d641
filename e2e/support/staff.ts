import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test'

import { e2eDatabaseUri } from './database'

export type Credentials = { email: string; password: string }

/**
 * The administrator that e2e/first-admin.setup.ts creates on the run's fresh database, through /admin's
 * first visit, before any admin spec runs. Its password derives from the run's database address, so every
 * worker knows it and nothing stores it.
 */
export function firstAdmin(): Credentials {
  const password = `pw-${createHash('sha256').update(`first-admin ${e2eDatabaseUri()}`).digest('hex').slice(0, 24)}`
  return { email: 'first-admin@e2e.test', password }
}

/** The `authorization` header of a REST sign-in, as an API client sends it. */
export async function signInOverApi(request: APIRequestContext, collection: 'users' | 'partners', credentials: Credentials): Promise<{ authorization: string }> {
  const response = await request.post(`/api/${collection}/login`, { data: credentials })
  expect(response.status(), `sign-in of ${credentials.email}`).toBe(200)
  return { authorization: `JWT ${((await response.json()) as { token: string }).token}` }
}

/** Where e2e/first-admin.setup.ts leaves the first administrator's API token for this run's admin specs. */
const FIRST_ADMIN_TOKEN = path.join(process.cwd(), '.test-results', 'first-admin.authorization')

export function saveFirstAdminToken(authorization: string): void {
  mkdirSync(path.dirname(FIRST_ADMIN_TOKEN), { recursive: true })
  writeFileSync(FIRST_ADMIN_TOKEN, authorization, { mode: 0o600 })
}

/**
 * The admin language of the accounts the admin specs sign in as, whose checks read the admin's English
 * (a new account's admin speaks Chinese; a spec that looks at another language sets Payload's cookie).
 */
export const E2E_ADMIN_LANGUAGE = 'en'

/** A new staff account of `role`, created over the API by the administrator of `adminApi`. */
export async function createStaff(adminApi: APIRequestContext, role: 'editor' | 'officer'): Promise<Credentials> {
  const staff = { email: `${role}-${randomBytes(4).toString('hex')}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}` }
  const created = await adminApi.post('/api/users', { data: { ...staff, roles: [role], adminLanguage: E2E_ADMIN_LANGUAGE } })
  expect(created.status()).toBe(201)
  return staff
}

/** Signs in on /admin's login form and waits for the dashboard. */
export async function signInToAdmin(page: Page, credentials: Credentials): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(credentials.email)
  await page.locator('#field-password').fill(credentials.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * The admin specs' `test`. `adminApi` is an API client of its own, calling as the first administrator
 * (the token e2e/first-admin.setup.ts saved, in every request's header; the test's `request` and `page` stay signed out). And Payload's
 * admin works under its Content-Security-Policy (lib/http/securityHeaders.mjs): Chromium refuses nothing
 * on any page a test opens in `page`.
 */
export const test = base.extend<{ adminApi: APIRequestContext; contentSecurityPolicy: void }>({
  adminApi: async ({ playwright, baseURL }, run) => {
    const adminApi = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: readFileSync(FIRST_ADMIN_TOKEN, 'utf8') } })
    await run(adminApi)
    await adminApi.dispose()
  },
  contentSecurityPolicy: [
    async ({ page }, run) => {
      const violations: string[] = []
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text())
      })
      await run()
      expect(violations).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
