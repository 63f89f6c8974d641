import { randomBytes } from 'node:crypto'

import { createStaff, expect, signInToAdmin, test } from './support/staff'

test('an editor sees the changed Chinese beside the English title, copies it in, saves, and the English is current again', async ({ adminApi, page }) => {
  test.setTimeout(90_000)
  const suffix = randomBytes(3).toString('hex')
  const before = `海洋科技项目 ${suffix}`
  const after = `海洋科技产业园项目 ${suffix}`
  const metaTitle = `市北区海洋科技项目招商 ${suffix}`
  const created = await adminApi.post('/api/projects?locale=zh', { data: { title: before, summary: '市北区的海洋科技项目。', meta: { title: metaTitle }, _status: 'published' } })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const translated = await adminApi.patch(`/api/projects/${id}?locale=en`, { data: { title: `Marine technology project ${suffix}`, summary: 'A marine technology project in Shibei.', _status: 'published' } })
  expect(translated.status()).toBe(200)

  await signInToAdmin(page, await createStaff(adminApi, 'editor'))
  await page.goto(`/admin/collections/projects/${id}?locale=zh`)
  await page.locator('#field-title').fill(after)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(async () => {
    const stored = await adminApi.get(`/api/projects/${id}?depth=0&draft=true`)
    expect(((await stored.json()) as { translationState: { en: string } }).translationState.en).toBe('outdated')
  }).toPass({ timeout: 15_000 })

  await page.goto(`/admin/collections/projects/${id}?locale=en`)
  const titleField = page.locator('.field-type.text', { has: page.locator('#field-title') })
  const source = titleField.getByRole('region', { name: 'Chinese source' })
  await expect(source).toContainText(after, { timeout: 15_000 })
  await expect(source).toContainText('Changed since translation')
  await expect(source.locator('ins')).toHaveText(['产业园'])
  await expect(page.locator('#field-title')).toHaveValue(`Marine technology project ${suffix}`)
  await expect(page.getByText('Up to date with the Chinese.')).toHaveCount(0)

  await source.getByRole('button', { name: 'Copy from Chinese' }).click()
  await expect(page.locator('#field-title')).toHaveValue(after)

  // The SEO title is a localized text too: its source stands under it, and copies the same way.
  const metaField = page.getByTestId('meta-title')
  const metaSource = metaField.getByRole('region', { name: 'Chinese source' })
  await expect(metaSource).toContainText(metaTitle)
  await metaSource.getByRole('button', { name: 'Copy from Chinese' }).click()
  await expect(metaField.locator('input')).toHaveValue(metaTitle)
  await page.getByRole('button', { name: 'Publish changes' }).click()

  await expect(page.getByText('Up to date with the Chinese.')).toBeVisible({ timeout: 15_000 })
  await expect(source).not.toContainText('Changed since translation')
  await expect(source.locator('ins')).toHaveCount(0)
})

test('in the site settings too, a translator sees the Chinese beside the text they translate', async ({ adminApi, page }) => {
  const site = (await (await adminApi.get('/api/globals/site?locale=zh&depth=0&draft=true')).json()) as { name: string }
  expect(site.name).toBeTruthy()
  await signInToAdmin(page, await createStaff(adminApi, 'editor'))
  await page.goto('/admin/globals/site?locale=en')
  const nameField = page.locator('.field-type.text', { has: page.locator('#field-name') })
  await expect(nameField.getByRole('region', { name: 'Chinese source' })).toContainText(site.name, { timeout: 15_000 })
  await expect(page.locator('#field-name')).not.toHaveValue(site.name)
})

test('an editor records that the English of a global still holds after the Chinese changed', async ({ adminApi, page }) => {
  const living = (await (await adminApi.get('/api/globals/living?locale=zh&depth=0&draft=true')).json()) as { intro: string }
  // Saved as a draft: the portal keeps showing the published page while the editor works.
  const changed = await adminApi.post('/api/globals/living?locale=zh&draft=true', { data: { intro: `${living.intro.replace(/。$/, '')}！` } })
  expect(changed.status()).toBe(200)
  const state = async () => ((await (await adminApi.get('/api/globals/living?depth=0&draft=true')).json()) as { translationState: { en: string } }).translationState.en
  expect(await state()).toBe('outdated')

  await signInToAdmin(page, await createStaff(adminApi, 'editor'))
  await page.goto('/admin/globals/living?locale=en')
  await expect(page.getByText('The Chinese changed after this translation was written: Introduction')).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Translation still correct' }).click()
  await expect(page.getByText('Recorded: the translation is still correct.')).toBeVisible()
  await expect(page.getByText('The Chinese changed after this translation was written')).toHaveCount(0)
  expect(await state()).not.toBe('outdated')
})
