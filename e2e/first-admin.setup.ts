import { E2E_ADMIN_LANGUAGE, expect, firstAdmin, saveFirstAdminToken, signInOverApi, test } from './support/staff'

// Runs before the admin specs (playwright.config.ts: project `first-admin`), on the run's database, which
// starts empty of staff: every admin spec signs in as the account made here.
test('on a fresh database, the first visit creates the first account, an administrator', async ({ page }) => {
  const admin = firstAdmin()
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await page.locator('#field-email').fill(admin.email)
  await page.locator('#field-password').fill(admin.password)
  await page.locator('#field-confirm-password').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 20_000 })
  // Cookie-authenticated calls carry the page's origin, as the admin's own fetches do: without it Payload
  // treats the session cookie as sent from another site (csrf allow-list).
  const me = await page.request.get('/api/users/me', { headers: { origin: new URL(page.url()).origin } })
  const { user } = (await me.json()) as { user: { id: number; roles: string[]; adminLanguage: string } }
  expect(user.roles).toEqual(['admin'])
  expect(user.adminLanguage).toBe('zh')
  const english = await page.request.patch(`/api/users/${user.id}`, { headers: { origin: new URL(page.url()).origin }, data: { adminLanguage: E2E_ADMIN_LANGUAGE } })
  expect(english.status()).toBe(200)

  // Every admin spec calls the API as this administrator with one token, signed in here once: Payload keeps
  // an account's sessions as one list it reads and writes back, so two sign-ins of one account at the same
  // moment (two workers starting their specs) can lose one of them, and with it that worker's token.
  saveFirstAdminToken((await signInOverApi(page.request, 'users', admin)).authorization)
})

