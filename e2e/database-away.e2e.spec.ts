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
})
