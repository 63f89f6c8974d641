import { randomBytes } from 'node:crypto'

import { expect, type Page, test } from '@playwright/test'

import { seededDocuments } from './seedData'
import { queryE2eDatabase } from './support/database'

const REFERENCE = /^SB-\d{4}-\d{6,}$/

const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString('hex')}@investor.e2e.test`

type Investor = { name: string; organisation: string; email: string; phone: string; country: string; message: string }

async function fillForm(page: Page, investor: Investor) {
  await page.locator('#enquiry-name').fill(investor.name)
  await page.locator('#enquiry-organisation').fill(investor.organisation)
  await page.locator('#enquiry-email').fill(investor.email)
  await page.locator('#enquiry-phone').fill(investor.phone)
  await page.locator('#enquiry-country').selectOption(investor.country)
  await page.locator('#enquiry-message').fill(investor.message)
  await page.locator('#enquiry-consent').check()
}

/** The enquiries stored for an address; accepted ones may follow their answer by a moment (see the intake). */
const storedEnquiries = (email: string) =>
  queryE2eDatabase<{ reference: string; locale: string; type: string; subject_projects_id: number | null }>(
    'select e.reference, e.locale, e.type, r.projects_id as subject_projects_id from enquiries e left join enquiries_rels r on r.parent_id = e.id and r.path = $2 where e.email = $1',
    [email, 'subject'],
  )

test.describe('an investor’s enquiry', () => {
  const project = seededDocuments('projects')[0]

  test('sent in English about a project, answered with a reference and what happens next', async ({ page }) => {
    const investor = {
      name: 'Emma Clarke',
      organisation: 'Northsea Cold Chain Ltd',
      email: uniqueEmail('emma'),
      phone: '+44 20 7946 0000',
      country: 'GB',
      message: 'We are looking for 5,000 m2 of cold-chain warehousing near the port in 2027.',
    }
    await page.goto(`/en/enquire?type=project&subject=${project.slug}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByText(project.title.en)).toBeVisible()
    await expect(page.locator('#enquiry-type')).toHaveValue('project')
    await fillForm(page, investor)
    await page.getByRole('button', { name: 'Send enquiry' }).click()

    await expect(page).toHaveURL(/\/en\/enquire\/thanks\?ref=SB-/)
    const reference = (await page.getByTestId('enquiry-reference').textContent()) ?? ''
    expect(reference).toMatch(REFERENCE)
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible()
    await expect(page.getByText(/replies to you within 2 business days/)).toBeVisible()

    await expect.poll(() => storedEnquiries(investor.email)).toEqual([
      expect.objectContaining({ reference, locale: 'en', type: 'project', subject_projects_id: expect.any(Number) }),
    ])

    // Nothing sent from here: the thank-you page without its reference, or with a key cut short, is the form.
    for (const address of ['/en/enquire/thanks', `/en/enquire/thanks?ref=${reference}&key=abc`]) {
      await page.goto(address)
      await expect(page, address).toHaveURL(/\/en\/enquire$/)
      await expect(page.getByRole('button', { name: 'Send enquiry' })).toBeVisible()
    }
  })

  test('sent in Japanese, answered in Japanese', async ({ page }) => {
    const investor = {
      name: '佐藤 遥',
      organisation: '関西ロジスティクス株式会社',
      email: uniqueEmail('sato'),
      phone: '+81 6 1234 5678',
      country: 'JP',
      message: 'クルーズ港周辺で越境EC向けの物流拠点を検討しています。',
    }
    await page.goto('/ja/enquire')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await fillForm(page, investor)
    await page.getByRole('button', { name: '送信する' }).click()

    await expect(page).toHaveURL(/\/ja\/enquire\/thanks\?ref=SB-/)
    await expect(page.getByText('受付番号', { exact: true })).toBeVisible()
    const reference = (await page.getByTestId('enquiry-reference').textContent()) ?? ''
    expect(reference).toMatch(REFERENCE)
    await expect.poll(() => storedEnquiries(investor.email)).toEqual([expect.objectContaining({ reference, locale: 'ja' })])
  })

  for (const javaScriptEnabled of [false, true]) {
    test(`with an invalid e-mail ${javaScriptEnabled ? 'and' : 'without'} JavaScript, shows the error in Korean and keeps every field`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, locale: 'ko-KR' })
      const page = await context.newPage()
      const investor = {
        name: '김민준',
        organisation: '부산해운',
        email: 'minjun-at-example',
        phone: '+82 51 123 4567',
        country: 'KR',
        message: '스베이구 크루즈항 주변의 사무 공간에 관심이 있습니다.',
      }
      await page.goto('/ko/enquire')
      await fillForm(page, investor)
      await page.getByRole('button', { name: '문의 보내기' }).click()

      await expect(page.locator('#enquiry-email-error')).toHaveText('올바른 이메일 주소를 입력해 주세요(예: name@company.com).')
      const summary = page.locator('form [role="alert"]')
      await expect(summary).toContainText('표시된 항목을 확인해 주세요.')
      // The summary names each refused field and links to it.
      await expect(summary.getByRole('link')).toHaveText(['이메일: 올바른 이메일 주소를 입력해 주세요(예: name@company.com).'])
      await expect(summary.getByRole('link')).toHaveAttribute('href', '#enquiry-email')
      // With JavaScript the visitor is taken to the summary, and from its link to the field; without it the page comes back from the top.
      if (javaScriptEnabled) {
        await expect(summary).toBeFocused()
        await summary.getByRole('link').click()
        await expect(page.locator('#enquiry-email')).toBeFocused()
        await expect(page.locator('label[for="enquiry-email"]')).toBeInViewport()
      }
      await expect(page.locator('#enquiry-email')).toHaveAttribute('aria-invalid', 'true')
      await expect(page.locator('#enquiry-name')).toHaveValue(investor.name)
      await expect(page.locator('#enquiry-organisation')).toHaveValue(investor.organisation)
      await expect(page.locator('#enquiry-email')).toHaveValue(investor.email)
      await expect(page.locator('#enquiry-phone')).toHaveValue(investor.phone)
      await expect(page.locator('#enquiry-country')).toHaveValue('KR')
      await expect(page.locator('#enquiry-message')).toHaveValue(investor.message)
      await expect(page.locator('#enquiry-consent')).toBeChecked()
      expect(await storedEnquiries(investor.email)).toHaveLength(0)
      await context.close()
    })
  }

  test('sent before the form’s own checks have arrived, is refused by the server with the same words, and the visitor is taken to them', async ({ page }) => {
    await page.goto('/en/enquire')
    // The checks load when a field is first focused; no script loads from here on, as on a lost connection.
    await page.route('**/_next/static/chunks/**', (route) => route.abort())
    const investor = { name: '', organisation: 'Porto Logística', email: 'ana-at-example', phone: '', country: 'BR', message: 'Warehouse space near the cruise port.' }
    await fillForm(page, investor)
    const sent = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/en/enquire')
    await page.getByRole('button', { name: 'Send enquiry' }).click()
    await sent // the server's refusal, not the browser's

    await expect(page.locator('#enquiry-email-error')).toHaveText('Please enter a valid email address, e.g. name@company.com.')
    const summary = page.locator('form [role="alert"]')
    await expect(summary).toContainText('Please check the highlighted fields.')
    await expect(summary).toBeFocused()
    // Two fields that would read alike ("Please fill in this field.") are told apart by their names, in the form's order.
    await expect(summary.getByRole('link')).toHaveText(['Name: Please fill in this field.', 'Email: Please enter a valid email address, e.g. name@company.com.'])
    await expect(page.locator('#enquiry-message')).toHaveValue(investor.message)
    expect(await storedEnquiries(investor.email)).toHaveLength(0)
  })

  test('double-clicked, makes exactly one enquiry', async ({ page }) => {
    const investor = {
      name: 'Lukas Becker',
      organisation: 'Rhein Maritime GmbH',
      email: uniqueEmail('lukas'),
      phone: '+49 40 123456',
      country: 'DE',
      message: 'We would like to visit the cruise port area and meet the bureau in March.',
    }
    await page.goto('/en/enquire')
    await fillForm(page, investor)
    await page.getByRole('button', { name: 'Send enquiry' }).dblclick()
    await expect(page).toHaveURL(/\/en\/enquire\/thanks\?ref=SB-/)
    const reference = (await page.getByTestId('enquiry-reference').textContent()) ?? ''
    await expect.poll(() => storedEnquiries(investor.email)).toEqual([expect.objectContaining({ reference })])
  })

  test('a retried POST of the same form (no JavaScript) makes one enquiry with one reference', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const investor = {
      name: 'Nguyen Van An',
      organisation: 'Saigon Trading JSC',
      email: uniqueEmail('an'),
      phone: '+84 28 1234 5678',
      country: 'VN',
      message: 'Which RCEP certificate-of-origin services can the district provide for our exports?',
    }
    await page.goto('/en/enquire')
    await fillForm(page, investor)
    const post = page.waitForRequest((request) => request.method() === 'POST')
    await page.getByRole('button', { name: 'Send enquiry' }).click()
    await expect(page).toHaveURL(/\/en\/enquire\/thanks\?ref=SB-/)
    const first = new URL(page.url()).searchParams.get('ref')

    const retried = await page.request.fetch(await post, { maxRedirects: 0 })
    expect(retried.status()).toBe(303)
    expect(new URL(retried.headers().location ?? '', page.url()).searchParams.get('ref')).toBe(first)
    await expect.poll(() => storedEnquiries(investor.email)).toHaveLength(1)
    await context.close()
  })

  test('sent as JSON by a client that is not a browser: a reference, once per key; refusals in the asked language', async ({ request }) => {
    // Its own address, so that this test's submissions are not counted with the browser tests' ones.
    const headers = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` }
    const enquiry = {
      type: 'area',
      name: 'Park Ji-woo',
      email: uniqueEmail('jiwoo'),
      country: 'KR',
      message: '청도 시베이구에서 지역 본부용 사무실 부지를 찾고 있습니다.',
      consent: true,
      idempotencyKey: crypto.randomUUID(),
    }
    const sent = await request.post('/api/enquiries/submit?locale=ko', { headers, data: enquiry })
    expect(sent.status(), await sent.text()).toBe(201)
    const accepted = (await sent.json()) as { reference: string; page: string }
    const { reference } = accepted
    expect(reference).toMatch(REFERENCE)
    expect(new URL(accepted.page).pathname).toBe(`/ko/enquiries/${reference}`)
    const again = await request.post('/api/enquiries/submit?locale=ko', { headers, data: enquiry })
    expect(await again.json()).toEqual(accepted)
    await expect.poll(() => storedEnquiries(enquiry.email)).toEqual([expect.objectContaining({ reference, locale: 'ko', type: 'area' })])

    const invalid = await request.post('/api/enquiries/submit?locale=ko', { headers, data: { ...enquiry, email: 'park@', idempotencyKey: crypto.randomUUID() } })
    expect(invalid.status()).toBe(400)
    expect(await invalid.json()).toEqual({
      formError: '표시된 항목을 확인해 주세요.',
      fieldErrors: { email: '올바른 이메일 주소를 입력해 주세요(예: name@company.com).' },
    })
  })

  test('counted by the address the trusted proxy saw, however the client rotates X-Forwarded-For', async ({ request }) => {
    // The e2e server trusts loopback as its load balancer (TRUSTED_PROXIES=loopback): the last address in the
    // header is the one it appended; whatever the client wrote before it is not believed.
    const seen = `198.51.100.${Math.floor(Math.random() * 250) + 1}`
    const send = (n: number) =>
      request.post('/api/enquiries/submit?locale=en', {
        headers: { 'x-forwarded-for': `203.0.113.${n}, ${seen}` },
        data: {
          type: 'general',
          name: `Rotating ${n}`,
          email: uniqueEmail(`rotating-${n}`),
          country: 'SG',
          message: 'Ten enquiries an hour from one address are allowed; the eleventh waits.',
          consent: true,
          idempotencyKey: crypto.randomUUID(),
        },
      })
    for (let n = 1; n <= 10; n++) expect((await send(n)).status()).toBe(201)
    const refused = await send(11)
    expect(refused.status()).toBe(429)
    expect(((await refused.json()) as { formError: string }).formError).toMatch(/^You have sent several enquiries in a short time/)
  })
})
