import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type APIRequestContext, type Browser, expect, request, test } from '@playwright/test'
import pg from 'pg'

import { createThrowawayDatabase, type ThrowawayDatabase } from '../scripts/lib/throwaway-database'
import { type BackgroundProcess, waitForHealthy } from '../scripts/lib/background-process'
import { type DatabaseRelay, relayToDatabase } from '../scripts/lib/database-relay'
import { productionEnv, spawnProductionServer } from '../scripts/lib/production-server'

/** Longer than the 3 s a request may take with the database hung: a hang fails the test, not a slow machine. */
const NO_HANG_MS = 6_000

function migrate(databaseUri: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], { env: productionEnv(databaseUri), stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The migrations failed (${code}).`))))
  })
}

// Its own server of the production build, reaching its own database through a relay the test can cut or
// freeze, so the shared e2e server and the specs after this one keep their database.
test.describe.serial('the database goes away while the portal runs', () => {
  let database: ThrowawayDatabase
  let relay: DatabaseRelay
  let server: BackgroundProcess
  let baseURL: string
  let api: APIRequestContext
  let spoolDirectory = ''
  let enquiryReference = ''
  const enquiry = {
    type: 'general',
    name: 'Nguyen Thi Lan',
    email: `lan.${Date.now()}@investor.test`,
    country: 'VN',
    message: 'We would like to visit the district next month.',
    consent: true,
    idempotencyKey: crypto.randomUUID(),
  }
  const enquiriesWithReference = async (reference: string) => {
    const client = new pg.Client({ connectionString: database.uri })
    await client.connect()
    try {
      return (await client.query('select id from enquiries where reference = $1', [reference])).rowCount
    } finally {
      await client.end()
    }
  }

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    database = await createThrowawayDatabase(process.env.DATABASE_URI)
    await migrate(database.uri)
    relay = await relayToDatabase(database.uri)
    spoolDirectory = await mkdtemp(path.join(tmpdir(), 'enquiry-spool-'))
    ;({ server, baseURL } = await spawnProductionServer('database-away', productionEnv(relay.uri, { ENQUIRY_SPOOL_DIR: spoolDirectory })))
    await waitForHealthy(baseURL, server)
    api = await request.newContext({ baseURL })
  })

  test.afterAll(async () => {
    await api?.dispose()
    await server?.stop()
    await relay?.close()
    await database?.destroy()
    if (spoolDirectory) await rm(spoolDirectory, { recursive: true, force: true })
  })

  const openPage = async (browser: Browser, locale: string, url: string) => {
    const page = await browser.newPage({ baseURL, locale })
    const response = await page.goto(url, { timeout: NO_HANG_MS })
    return { page, status: response?.status(), retryAfter: response?.headers()['retry-after'] }
  }

  test('refusing connections: the health check, a search and a typed list answer 503 in the visitor’s language, what was typed kept', async ({ browser }) => {
    await relay.refuse()

    expect((await api.get('/api/health')).status()).toBe(503)

    const search = await openPage(browser, 'ja-JP', '/ja/search?q=港湾')
    expect(search.status).toBe(503)
    expect(search.retryAfter).toBe('30')
    await expect(search.page.getByRole('main').getByRole('alert')).toContainText('ただいま検索を一時的にご利用いただけません')
    await expect(search.page.getByRole('main').getByRole('searchbox')).toHaveValue('港湾')
    await search.page.close()

    const list = await openPage(browser, 'en-US', '/en/projects?q=port')
    expect(list.status).toBe(503)
    expect(list.retryAfter).toBe('30')
    await expect(list.page.getByRole('heading', { level: 1 })).toHaveText('Investment projects')
    await expect(list.page.getByRole('main').getByRole('alert')).toContainText('This list cannot be filtered right now')
    await expect(list.page.getByLabel('Keyword')).toHaveValue('port')
    await list.page.close()
  })

  test('refusing connections: an enquiry is accepted with a reference and the thanks page shows it', async ({ browser }) => {
    const submitted = await api.post('/api/enquiries/submit?locale=en', { data: enquiry, timeout: NO_HANG_MS })
    expect(submitted.status()).toBe(201)
    const accepted = (await submitted.json()) as { reference: string; page: string }
    enquiryReference = accepted.reference
    expect(enquiryReference).toMatch(/^SB-\d{4}-S[0-9A-Z]{8}$/)
    const key = new URL(accepted.page).searchParams.get('key') ?? ''

    const thanks = await openPage(browser, 'en-US', `/en/enquire/thanks?ref=${enquiryReference}&key=${encodeURIComponent(key)}`)
    expect(thanks.status).toBe(200)
    await expect(thanks.page.getByTestId('enquiry-reference')).toHaveText(enquiryReference)
    await thanks.page.close()
  })

  test('hung (accepting, never answering): a search answers 503 instead of waiting', async ({ browser }) => {
    await relay.accept()
    relay.stop()
    const search = await openPage(browser, 'ko-KR', '/ko/search?q=항만')
    expect(search.status).toBe(503)
    await expect(search.page.getByRole('main').getByRole('alert')).toContainText('지금은 검색을 일시적으로 이용할 수 없습니다')
    await expect(search.page.getByRole('main').getByRole('searchbox')).toHaveValue('항만')
    await search.page.close()
  })

  test('back: the same search answers 200, and the enquiry kept meanwhile is stored under the reference it was given', async ({ browser }) => {
    // Its two waits (15 s for the search, 30 s for the spool) are longer together than the default 30 s.
    test.setTimeout(60_000)
    relay.resume()
    // For a few seconds after a timeout the server does not ask PostgreSQL again (lib/db/failFast.ts).
    await expect(async () => expect((await api.get('/en/search?q=port')).status()).toBe(200)).toPass({ timeout: 15_000 })
    const search = await openPage(browser, 'en-US', '/en/search?q=port')
    expect(search.status).toBe(200)
    await expect(search.page.getByRole('main').getByRole('alert')).toHaveCount(0)
    await expect(search.page.getByRole('main').getByRole('searchbox')).toHaveValue('port')
    await search.page.close()

    // Moved into the database within seconds of its return (lib/enquiries/spool.ts), then stored by the queue.
    await expect.poll(() => enquiriesWithReference(enquiryReference), { timeout: 30_000 }).toBe(1)
  })

  test('a reply written on the enquiry’s page while the database is away is received, and lands on the thread once when it returns', async ({ browser }, testInfo) => {
    // Two pages, screenshots at two widths, then up to 30 s for each reply once the database is back.
    test.setTimeout(90_000)
    const investor = { ...enquiry, email: `reply.${Date.now()}@investor.test`, idempotencyKey: crypto.randomUUID() }
    const submitted = await api.post('/api/enquiries/submit?locale=ja', { data: investor })
    expect(submitted.status()).toBe(201)
    const accepted = (await submitted.json()) as { reference: string; page: string }
    await expect.poll(() => enquiriesWithReference(accepted.reference), { timeout: 30_000 }).toBe(1)
    const pagePath = new URL(accepted.page).pathname + new URL(accepted.page).search
    const texts = {
      ja: { locale: 'ja-JP', label: '返信内容', submit: '返信を送信する', kept: 'ご返信を受け付けました', body: '来月の視察の日程について、候補日を三つほどお知らせください。' },
      en: { locale: 'en-US', label: 'Your reply', submit: 'Send reply', kept: 'We have received your reply', body: 'Could we also see the bonded warehouse during the visit?' },
    }
    const pages = []
    for (const [language, text] of Object.entries(texts)) {
      const opened = await openPage(browser, text.locale, pagePath.replace(/^\/ja\//, `/${language}/`))
      expect(opened.status).toBe(200)
      pages.push({ page: opened.page, language, text })
    }

    await relay.refuse()
    try {
      for (const { page, language, text } of pages) {
        await page.getByLabel(text.label).fill(text.body)
        await page.getByRole('button', { name: text.submit }).click()
        const kept = page.getByTestId('reply-kept')
        await expect(kept).toContainText(text.kept)
        // What was sent stays in view; the box is empty for the next message.
        await expect(kept.locator('blockquote')).toHaveText(text.body)
        await expect(page.getByLabel(text.label)).toHaveValue('')
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: 900 })
          await kept.scrollIntoViewIfNeeded()
          await page.screenshot({ path: testInfo.outputPath(`reply-kept-${language}-${width}.png`) })
        }
      }
    } finally {
      await relay.accept()
    }

    // Within seconds of the database's return each reply is on the thread, once.
    const repliesWithBody = async (body: string) => {
      const client = new pg.Client({ connectionString: database.uri })
      await client.connect()
      try {
        return (await client.query("select r.id from enquiry_replies r join enquiries e on e.id = r.enquiry_id where e.reference = $1 and r.body = $2 and r.\"from\" = 'investor'", [accepted.reference, body])).rowCount
      } finally {
        await client.end()
      }
    }
    for (const { text } of pages) await expect.poll(() => repliesWithBody(text.body), { timeout: 30_000 }).toBe(1)
    const [{ page, text }] = pages
    await page.reload()
    await expect(page.getByText(text.body)).toHaveCount(1)
    for (const { page: opened } of pages) await opened.close()
  })
})
