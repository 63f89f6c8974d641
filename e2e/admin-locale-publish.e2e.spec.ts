import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'

import type { Page } from '@playwright/test'

import type enMessages from '../messages/en.json'
import { createStaff, expect, signInToAdmin, test } from './support/staff'

const fallbackNotice = (locale: string) => (JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8')) as typeof enMessages).fallback.notice

/** Types a locale's title and summary in the edit screen and waits until autosave has kept them as a draft. */
async function writeDraft(page: Page, id: number, locale: string, texts: { title: string; summary: string }) {
  await page.goto(`/admin/collections/projects/${id}?locale=${locale}`)
  await page.locator('#field-title').fill(texts.title)
  await page.locator('#field-summary').fill(texts.summary)
  await expect(async () => {
    const draft = await page.request.get(`/api/projects/${id}?draft=true&locale=${locale}&depth=0`, { headers: { origin: new URL(page.url()).origin } })
    expect(((await draft.json()) as { title: string }).title).toBe(texts.title)
  }).toPass({ timeout: 15_000 })
}

test('an editor publishes the English while the Japanese stays a draft; the portal shows the English, and the Chinese with the notice in Japanese', async ({ adminApi, page, request }) => {
  test.setTimeout(120_000)
  const suffix = randomBytes(3).toString('hex')
  const texts = {
    zh: { title: `胶州湾数据中心 ${suffix}`, summary: '市北区的数据中心项目。' },
    en: { title: `Jiaozhou Bay data centre ${suffix}`, summary: 'A data centre project in Shibei.' },
    ja: { title: `膠州湾データセンター ${suffix}`, summary: '市北区のデータセンター事業です。' },
  }
  // Published in Chinese with "Publish", as editors start: every locale shows it, untranslated ones in Chinese.
  const created = await adminApi.post('/api/projects?locale=zh', { data: { ...texts.zh, _status: 'published' } })
  expect(created.status()).toBe(201)
  const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc

  await signInToAdmin(page, await createStaff(adminApi, 'editor'))
  await writeDraft(page, id, 'ja', texts.ja)
  await writeDraft(page, id, 'en', texts.en)
  // "Publish in English", under the publish button's menu (by its id: the admin may speak another language).
  await page.locator('.btn--withPopup .popup-button').first().click()
  await page.locator('#publish-locale').click()
  await expect(async () => {
    const english = await request.get(`/api/projects/${id}?locale=en&depth=0`)
    expect(((await english.json()) as { title?: string }).title).toBe(texts.en.title)
  }).toPass({ timeout: 15_000 })

  await page.goto(`/en/projects/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.en.title)
  await expect(page.getByText(fallbackNotice('en'))).toHaveCount(0)

  await page.goto(`/ja/projects/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.zh.title)
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'zh')
  await expect(page.getByRole('note').filter({ hasText: fallbackNotice('ja') })).toBeVisible()
  await expect(page.getByText(texts.ja.title)).toHaveCount(0)

  // The Japanese is still the editor's draft, kept for when it is ready.
  await page.goto(`/admin/collections/projects/${id}?locale=ja`)
  await expect(page.locator('#field-title')).toHaveValue(texts.ja.title)
})

test('the language menu of a page published in Chinese and English only sends Japanese and Korean readers to the list, not to a missing page', async ({ adminApi, page }) => {
  const suffix = randomBytes(3).toString('hex')
  const created = await adminApi.post('/api/projects?locale=zh&draft=true', { data: { title: `仅中英文发布 ${suffix}`, _status: 'draft' } })
  expect(created.status()).toBe(201)
  const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  await adminApi.patch(`/api/projects/${id}?locale=en&draft=true`, { data: { title: `Chinese and English only ${suffix}` } })
  for (const locale of ['zh', 'en']) {
    const published = await adminApi.patch(`/api/projects/${id}?locale=${locale}&publishSpecificLocale=${locale}`, { data: { _status: 'published' } })
    expect(published.status()).toBe(200)
  }

  await page.goto(`/en/projects/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Chinese and English only ${suffix}`)
  const languages = page.getByRole('navigation', { name: 'Language' })
  await expect(languages.locator('a[hreflang="zh"]')).toHaveAttribute('href', `/zh/projects/${slug}`)
  await expect(languages.locator('a[hreflang="ja"]')).toHaveAttribute('href', '/ja/projects')
  await expect(languages.locator('a[hreflang="ko"]')).toHaveAttribute('href', '/ko/projects')
  expect((await page.request.get(`/ja/projects/${slug}`)).status()).toBe(404)

  await page.goto('/en/projects')
  await page.getByRole('navigation', { name: 'Language' }).locator('a[hreflang="ja"]').click()
  await expect(page).toHaveURL(/\/ja\/projects$/)
})
