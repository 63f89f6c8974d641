import { randomBytes } from 'node:crypto'

import sharp from 'sharp'

import { expect, test } from './support/staff'

// Each test stands alone; they run one after another in one worker, as two of them edit the same seeded
// project and picture.
test.describe.configure({ mode: 'default' })

test('a published change shows on the portal at once, on its page and on the lists, without a restart', async ({ adminApi, page }) => {
  const slug = 'qilu-hospital-phase-2'
  await page.goto(`/ko/projects/${slug}`)
  const before = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  // A list filtered by a keyword is read per request, but its cards' texts come from a cache per document.
  const keywordList = `/ko/projects?q=${encodeURIComponent(before)}`
  const card = page.getByRole('heading', { level: 2 }).getByRole('link')
  await page.goto(keywordList)
  await expect(card).toHaveText([before])
  const found = await adminApi.get(`/api/projects?where[slug][equals]=${slug}&depth=0`)
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
  const renamed = `${before} (${randomBytes(3).toString('hex')})`
  const update = await adminApi.patch(`/api/projects/${id}?locale=ko`, { data: { title: renamed, _status: 'published' } })
  expect(update.status()).toBe(200)
  await page.goto(keywordList)
  await expect(card).toHaveText([renamed])
  await page.goto(`/ko/projects/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed)
})

test('an edited image description shows on the portal’s cached pages at once', async ({ adminApi, page }) => {
  const slug = 'qilu-hospital-phase-2'
  await page.goto(`/en/projects/${slug}`)
  const found = await adminApi.get(`/api/projects?where[slug][equals]=${slug}&depth=0`)
  const imageId = ((await found.json()) as { docs: { heroImage: number }[] }).docs[0].heroImage
  const alt = `Qilu Hospital, phase 2, seen from the street (${randomBytes(3).toString('hex')})`
  const update = await adminApi.patch(`/api/media/${imageId}?locale=en`, { data: { alt } })
  expect(update.status()).toBe(200)
  await page.goto(`/en/projects/${slug}`)
  await expect(page.getByRole('img', { name: alt })).toBeAttached()
})

test('a list’s card shows its project’s picture, and a replaced picture shows on the lists at once', async ({ adminApi, page }) => {
  const suffix = randomBytes(3).toString('hex')
  const newest = await adminApi.get('/api/projects?where[_status][equals]=published&where[heroImage][exists]=true&sort=-publishedAt&limit=1&depth=1&locale=en')
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
  const update = await adminApi.patch(`/api/media/${project.heroImage.id}`, {
    multipart: { file: { name: `replaced-${suffix}.png`, mimeType: 'image/png', buffer: replacement }, _payload: '{}' },
  })
  expect(update.status()).toBe(200)
  const replaced = ((await update.json()) as { doc: { sizes: { card: { url: string } } } }).doc.sizes.card.url
  expect(replaced).toContain(`replaced-${suffix}`)
  // The filtered list first: rendering the cached list again would store its pictures afresh.
  for (const list of [...lists].reverse()) expect(await pictureOn(list)).toBe(replaced)
})
