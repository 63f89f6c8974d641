import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { queryE2eDatabase } from './support/database'

const admin = { email: 'first-admin@e2e.test', password: `pw-${randomBytes(9).toString('hex')}` }
const editor = { email: 'editor@e2e.test', password: `pw-${randomBytes(9).toString('hex')}` }
const suffix = randomBytes(3).toString('hex')
const officer = { email: `officer-${suffix}@e2e.test`, password: admin.password }
const titles = { zh: `滨海测试项目 ${suffix}`, en: `Coastal test project ${suffix}` }

// One story in order: the database starts empty of staff, the first account is made in the admin,
// it creates an editor, and the editor works a project through to its live preview.
test.describe.serial('the admin, as the bureau’s staff use it', () => {
  // Payload's admin works under its Content-Security-Policy (lib/http/securityHeaders.mjs): Chromium
  // refuses nothing on any of these pages.
  let policyViolations: string[] = []
  test.beforeEach(({ page }) => {
    policyViolations = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text())
    })
  })
  test.afterEach(() => {
    expect(policyViolations).toEqual([])
  })

  test('on a fresh database, the first visit creates the first account, an administrator', async ({ page }) => {
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
    expect(((await me.json()) as { user: { roles: string[] } }).user.roles).toEqual(['admin'])
  })

  test('the administrator creates an editor account', async ({ page }) => {
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(admin.email)
    await page.locator('#field-password').fill(admin.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    const created = await page.request.post('/api/users', { headers: { origin: new URL(page.url()).origin }, data: { ...editor, roles: ['editor'] } })
    expect(created.status()).toBe(201)
  })

  test('an editor writes a project in Chinese and English, schedules it, and sees it in the live preview', async ({ page, request }) => {
    test.setTimeout(120_000)
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(editor.email)
    await page.locator('#field-password').fill(editor.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('link', { name: /Enquiries/ })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Needs translation' })).toBeVisible()

    await page.goto('/admin/collections/projects/create?locale=zh')
    await page.locator('#field-title').fill(titles.zh)
    await page.locator('#field-summary').fill('市北区的测试项目。')
    await expect(page).toHaveURL(/\/admin\/collections\/projects\/\d+/, { timeout: 20_000 })
    const id = page.url().match(/projects\/(\d+)/)?.[1]

    await page.goto(`/admin/collections/projects/${id}?locale=en`)
    await page.locator('#field-title').fill(titles.en)
    await page.locator('#field-summary').fill('A test project in Shibei.')
    await expect(async () => {
      const draft = await page.request.get(`/api/projects/${id}?draft=true&locale=en`, { headers: { origin: new URL(page.url()).origin } })
      expect(((await draft.json()) as { title: string }).title).toBe(titles.en)
    }).toPass({ timeout: 15_000 })

    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const nextYear = new Date().getFullYear() + 1
    const when = page.locator('.schedule-publish__scheduler .react-datepicker__input-container input')
    await when.fill(`Jan 5, ${nextYear} 10:00 AM`)
    await when.press('Enter')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.locator('.schedule-publish__upcoming')).toContainText(String(nextYear), { timeout: 15_000 })
    await page.keyboard.press('Escape')

    const stillDraft = await request.get(`/api/projects/${id}?locale=en`)
    expect(stillDraft.status()).toBe(404)

    await page.goto(`/admin/collections/projects/${id}?locale=en`)
    await page.getByRole('button', { name: 'Live Preview' }).click()
    const preview = page.frameLocator('iframe').first()
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(titles.en, { timeout: 20_000 })
  })

  test('a partner sees through GraphQL only its own enquiries, never the internal notes', async ({ request }) => {
    const login = async (collection: 'users' | 'partners', credentials: { email: string; password: string }) => {
      const response = await request.post(`/api/${collection}/login`, { data: credentials })
      return { authorization: `JWT ${((await response.json()) as { token: string }).token}` }
    }
    const asAdmin = await login('users', admin)
    const partners = ['a', 'b'].map((name) => ({ email: `partner-${name}-${suffix}@e2e.test`, password: admin.password }))
    const ids: number[] = []
    for (const partner of partners) {
      const created = await request.post('/api/partners', { headers: asAdmin, data: { ...partner, organisation: `Chamber ${partner.email}` } })
      ids.push(((await created.json()) as { doc: { id: number } }).doc.id)
    }
    const enquiry = await request.post('/api/enquiries', {
      headers: asAdmin,
      data: { type: 'general', name: 'Client', email: 'client@e2e.test', message: 'About the CBD', consent: true, partner: ids[1], notes: [{ body: 'internal: budget confirmed' }] },
    })
    expect(enquiry.status()).toBe(201)

    const query = { query: '{ Enquiries { docs { id name notes { body } } } }' }
    const seenBy = async (partner: { email: string; password: string }) => {
      const response = await request.post('/api/graphql', { headers: await login('partners', partner), data: query })
      return (await response.json()) as { data: { Enquiries: { docs: { name: string; notes: unknown }[] } } }
    }
    expect((await seenBy(partners[0])).data.Enquiries.docs).toEqual([])
    const own = await seenBy(partners[1])
    expect(own.data.Enquiries.docs.map((doc) => doc.name)).toEqual(['Client'])
    expect(JSON.stringify(own)).not.toContain('budget confirmed')
  })

  test('a published change shows on the portal at once, on its page and on the lists, without a restart', async ({ page, request }) => {
    const slug = 'qilu-hospital-phase-2'
    await page.goto(`/ko/projects/${slug}`)
    const before = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    // A list filtered by a keyword is read per request, but its cards' texts come from a cache per document.
    const keywordList = `/ko/projects?q=${encodeURIComponent(before)}`
    const card = page.getByRole('heading', { level: 2 }).getByRole('link')
    await page.goto(keywordList)
    await expect(card).toHaveText([before])
    const login = await request.post('/api/users/login', { data: admin })
    const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const found = await request.get(`/api/projects?where[slug][equals]=${slug}&depth=0`, { headers })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
    const renamed = `${before} (${suffix})`
    const update = await request.patch(`/api/projects/${id}?locale=ko`, { headers, data: { title: renamed, _status: 'published' } })
    expect(update.status()).toBe(200)
    await page.goto(keywordList)
    await expect(card).toHaveText([renamed])
    await page.goto(`/ko/projects/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed)
  })

  test('an edited image description shows on the portal’s cached pages at once', async ({ page, request }) => {
    const slug = 'qilu-hospital-phase-2'
    await page.goto(`/en/projects/${slug}`)
    const login = await request.post('/api/users/login', { data: admin })
    const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const found = await request.get(`/api/projects?where[slug][equals]=${slug}&depth=0`, { headers })
    const imageId = ((await found.json()) as { docs: { heroImage: number }[] }).docs[0].heroImage
    const alt = `Qilu Hospital, phase 2, seen from the street (${suffix})`
    const update = await request.patch(`/api/media/${imageId}?locale=en`, { headers, data: { alt } })
    expect(update.status()).toBe(200)
    await page.goto(`/en/projects/${slug}`)
    await expect(page.getByRole('img', { name: alt })).toBeAttached()
  })

  test('a list’s card shows its project’s picture, and a replaced picture shows on the lists at once', async ({ page, request }) => {
    const login = await request.post('/api/users/login', { data: admin })
    const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const newest = await request.get('/api/projects?where[_status][equals]=published&where[heroImage][exists]=true&sort=-publishedAt&limit=1&depth=1&locale=en', { headers })
    const project = ((await newest.json()) as { docs: { slug: string; title: string; heroImage: { id: number; sizes: { card: { url: string } } } }[] }).docs[0]
    // The cached list, and one filtered by a keyword, whose cards are read per request and pictures from their own cache.
    const lists = ['/en/projects', `/en/projects?q=${encodeURIComponent(project.title)}`]
    const pictureOn = async (list: string) => {
      await page.goto(list)
      const card = page.getByRole('listitem').filter({ has: page.locator(`a[href="/en/projects/${project.slug}"]`) })
      return new URL((await card.locator('img').getAttribute('src')) ?? '', page.url()).searchParams.get('url')
    }
    for (const list of lists) expect(await pictureOn(list)).toBe(project.heroImage.sizes.card.url)

    const replacement = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d6fa5' } }).png().toBuffer()
    const update = await request.patch(`/api/media/${project.heroImage.id}`, {
      headers,
      multipart: { file: { name: `replaced-${suffix}.png`, mimeType: 'image/png', buffer: replacement }, _payload: '{}' },
    })
    expect(update.status()).toBe(200)
    const replaced = ((await update.json()) as { doc: { sizes: { card: { url: string } } } }).doc.sizes.card.url
    expect(replaced).toContain(`replaced-${suffix}`)
    // The filtered list first: rendering the cached list again would store its pictures afresh.
    for (const list of [...lists].reverse()) expect(await pictureOn(list)).toBe(replaced)
  })

  test('the portal shows drafts to nobody but signed-in staff', async ({ request }) => {
    const response = await request.get('/api/preview?path=/en', { maxRedirects: 0 })
    expect(response.status()).toBe(403)
  })

  test('an officer triages an enquiry from the list, and its history shows who did it', async ({ page }) => {
    test.setTimeout(90_000)
    const login = await page.request.post('/api/users/login', { data: admin })
    const asAdmin = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    expect((await page.request.post('/api/users', { headers: asAdmin, data: { ...officer, roles: ['officer'] } })).status()).toBe(201)
    const created = await page.request.post('/api/enquiries', {
      headers: asAdmin,
      data: { reference: `SB-E2E-${suffix}`, type: 'fund', name: 'Tanaka Ken', email: 'tanaka@e2e.test', country: 'JP', locale: 'ja', message: 'About the funds', consent: true },
    })
    expect(created.status()).toBe(201)
    const enquiry = ((await created.json()) as { doc: { id: number; reference: string } }).doc
    // An accepted submission that Payload refused on every attempt, as the intake keeps it.
    const stuck = `SB-E2E-STUCK-${suffix}`
    await queryE2eDatabase(
      `insert into enquiry_intake (idempotency_key, email_hash, reference, locale, submission, attempts, last_error, claimed_at)
        values ($1, 'e2e', $2, 'ja', '{}'::jsonb, 5, 'name: The value must be no longer than 120 characters', now())`,
      [crypto.randomUUID(), stuck],
    )

    await page.context().clearCookies()
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(officer.email)
    await page.locator('#field-password').fill(officer.password)
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('heading', { name: 'Enquiry pipeline' })).toBeVisible()
    await expect(page.getByTestId('intake-waiting')).toContainText('Accepted, not yet in the list')
    await expect(page.getByTestId('intake-failed')).toContainText(`${stuck} (5×): name: The value must be no longer than 120 characters`)
    await expect(page.getByTestId('intake-failed').getByRole('button', { name: 'Store it now' })).toBeVisible()
    await queryE2eDatabase('delete from enquiry_intake where reference = $1', [stuck])

    await page.goto('/admin/collections/enquiries')
    const headers = page.locator('table thead th')
    for (const column of ['Reference', 'Type', 'About', 'Country', 'Status', 'Assignee', 'Reply due', 'Waiting']) {
      await expect(headers.filter({ hasText: column })).toHaveCount(1)
    }
    await expect(page.getByRole('button', { name: 'Overdue only' })).toBeVisible()
    // The officer finds it by its reference, as the list has more enquiries than one page holds.
    await page.getByPlaceholder(/Search by Reference/).fill(enquiry.reference)
    await expect(page).toHaveURL(new RegExp(`search=${enquiry.reference}`))
    await expect(page.locator('table tbody tr')).toHaveCount(1)
    await page.getByRole('link', { name: enquiry.reference }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/enquiries/${enquiry.id}`))

    await page.locator('#field-status').click()
    await page.getByRole('option', { name: 'Triaged' }).click()
    await page.locator('#action-save').click()
    await expect(page.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })

    await page.reload()
    const history = page.locator('#field-statusHistory')
    await expect(history).toContainText('Triaged')
    await expect(history).toContainText(officer.email)
  })

  test('a partner signs in, sends an enquiry for a client, and follows the status an officer sets in the admin', async ({ browser }) => {
    test.setTimeout(120_000)
    const partner = { email: `partner-portal-${suffix}@e2e.test`, password: admin.password }
    const staff = await browser.newContext()
    const login = await staff.request.post('/api/users/login', { data: admin })
    const asAdmin = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const created = await staff.request.post('/api/partners', { headers: asAdmin, data: { ...partner, organisation: '関西経済交流協会', verified: true } })
    expect(created.status()).toBe(201)

    const partnerContext = await browser.newContext({ locale: 'ja-JP' })
    const portal = await partnerContext.newPage()
    await portal.goto('/ja/partner')
    await expect(portal).toHaveURL(/\/ja\/partner\/sign-in$/)
    await portal.locator('#partner-email').fill(partner.email)
    await portal.locator('#partner-password').fill('wrong-password')
    await portal.getByRole('button', { name: 'ログイン' }).click()
    await expect(portal.locator('form [role="alert"]')).toHaveText('メールアドレスまたはパスワードが正しくありません。5回続けて失敗すると、アカウントは15分間ロックされます。')
    await portal.locator('#partner-password').fill(partner.password)
    await portal.getByRole('button', { name: 'ログイン' }).click()
    await expect(portal).toHaveURL(/\/ja\/partner$/)
    await expect(portal.getByText('関西経済交流協会 としてログイン中')).toBeVisible()
    const session = (await partnerContext.cookies()).find((cookie) => cookie.name === 'payload-token')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

    await portal.getByRole('link', { name: 'お客様の新規お問い合わせ' }).click()
    await portal.locator('#enquiry-type').selectOption('area')
    await portal.locator('#enquiry-name').fill('山本 大輔')
    await portal.locator('#enquiry-organisation').fill('大阪港湾開発株式会社')
    await portal.locator('#enquiry-email').fill(`yamamoto-${suffix}@client.e2e.test`)
    await portal.locator('#enquiry-country').selectOption('JP')
    await portal.locator('#enquiry-message').fill('クルーズ港エリアでのオフィス開設について相談したいです。')
    await portal.locator('#enquiry-consent').check()
    await portal.getByRole('button', { name: '送信する' }).click()
    await expect(portal).toHaveURL(/\/ja\/partner\?sent=SB-/)
    const reference = new URL(portal.url()).searchParams.get('sent') ?? ''
    const row = portal.locator(`tr[data-reference="${reference}"]`)
    await expect(row).toContainText('山本 大輔')
    await expect(row).toContainText('新規')

    await staff.clearCookies()
    const officerPage = await staff.newPage()
    await officerPage.goto('/admin/login')
    await officerPage.locator('#field-email').fill(officer.email)
    await officerPage.locator('#field-password').fill(officer.password)
    await officerPage.locator('button[type="submit"]').click()
    await expect(officerPage).toHaveURL(/\/admin\/?$/)
    await officerPage.goto('/admin/collections/enquiries')
    await officerPage.getByRole('link', { name: reference }).click()
    await expect(officerPage.locator('#field-partner')).toContainText('関西経済交流協会')
    await officerPage.locator('#field-status').click()
    await officerPage.getByRole('option', { name: 'Contacted' }).click()
    await officerPage.locator('#action-save').click()
    await expect(officerPage.locator('.payload-toast-container')).toContainText(/success/i, { timeout: 15_000 })

    await portal.reload()
    await expect(portal.locator(`tr[data-reference="${reference}"]`)).toContainText('連絡済み')
    await portal.getByRole('button', { name: 'ログアウト' }).click()
    await expect(portal).toHaveURL(/\/ja\/partner\/sign-in$/)
    await portal.goto('/ja/partner')
    await expect(portal).toHaveURL(/\/ja\/partner\/sign-in$/)
    await Promise.all([staff.close(), partnerContext.close()])
  })
})
