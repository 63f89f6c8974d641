import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { queryE2eDatabase } from './support/database'

const notFoundTitle = (JSON.parse(readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8')) as { notFound: { title: string } }).notFound.title

const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString('hex')}@investor.e2e.test`

/** A visitor from an address of its own (the tests' server trusts loopback's X-Forwarded-For), so that its wrong keys count against it alone. */
const fromAddress = () => ({ 'x-forwarded-for': `10.${[...randomBytes(3)].join('.')}` })

test.describe('an enquiry’s private page', () => {
  test('opens from the thank-you page in Japanese, in the reader’s time zone, and follows the status an officer sets', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
    const page = await context.newPage()
    const email = uniqueEmail('kobayashi')
    await page.goto('/ja/enquire')
    await page.locator('#enquiry-name').fill('小林 誠')
    await page.locator('#enquiry-email').fill(email)
    await page.locator('#enquiry-country').selectOption('JP')
    await page.locator('#enquiry-message').fill('市北区でのRCEP関連サービスの利用について伺いたいです。\n二行目です。')
    await page.locator('#enquiry-consent').check()
    await page.getByRole('button', { name: '送信する' }).click()
    await expect(page).toHaveURL(/\/ja\/enquire\/thanks\?ref=SB-/)
    const reference = (await page.getByTestId('enquiry-reference').textContent()) ?? ''

    await page.getByRole('link', { name: 'お問い合わせの状況を確認する' }).click()
    await expect(page).toHaveURL(new RegExp(`/ja/enquiries/${reference}\\?key=[A-Za-z0-9_-]{43}$`))
    await expect(page).toHaveTitle(new RegExp(`お問い合わせ ${reference} の状況`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`お問い合わせ ${reference} の状況`)
    await expect(page.getByTestId('enquiry-status')).toHaveText('受け付けました。投資担当者が順次対応いたします。')
    const message = page.getByTestId('enquiry-message')
    await expect(message).toContainText('送信者：小林 誠')
    await expect(message).toContainText('市北区でのRCEP関連サービスの利用について伺いたいです。')
    await expect(message).toContainText('二行目です。')
    // Written by the server in Beijing time, rewritten by the browser in the reader's own zone.
    await expect(message.locator('time')).toContainText('JST')
    await expect(page.getByText(/^回答期限：/)).toContainText('JST')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    const privateUrl = page.url()

    await queryE2eDatabase(`update enquiries set status = 'contacted' where reference = $1`, [reference])
    await page.reload()
    await expect(page.getByTestId('enquiry-status')).toHaveText('投資担当者よりメールで回答いたしました。')
    await queryE2eDatabase(`update enquiries set status = 'won' where reference = $1`, [reference])
    await page.reload()
    await expect(page.getByTestId('enquiry-status')).toHaveText('このお問い合わせは完了しました。')
    await expect(page.getByText(/^回答期限：/)).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'ほかにご用件がありましたら、新たにお問い合わせください' })).toHaveAttribute('href', '/ja/enquire')

    // The investor writes back: text the form would refuse is kept with the reason, then the reply reopens the enquiry.
    await page.getByLabel('返信内容').fill('はい')
    await page.getByRole('button', { name: '返信を送信する' }).click()
    await expect(page.locator('#reply-body-error')).toHaveText('もう少し詳しくご記入ください（10文字以上）。')
    await expect(page.getByLabel('返信内容')).toHaveValue('はい')
    await page.getByLabel('返信内容').fill('追加で伺います。来月、現地を視察することは可能でしょうか。')
    await page.getByRole('button', { name: '返信を送信する' }).click()
    await expect(page.getByRole('status')).toHaveText('返信を送信しました。担当者からの回答は、このページとメールでお知らせします。')
    await expect(page.getByTestId('investor-reply')).toContainText('お客様からの返信')
    await expect(page.getByTestId('investor-reply')).toContainText('来月、現地を視察することは可能でしょうか。')
    await expect(page.getByTestId('enquiry-status')).toHaveText('投資担当者がお客様と対応を進めています。')

    // The receipt links to the same page, and the outbox that officers read holds a mark where the key goes.
    const [receipt] = await queryE2eDatabase<{ text: string; html: string }>(
      `select text, html from outbox where "to" = $1 and kind = 'enquiry-confirmation'`,
      [email],
    )
    const key = new URL(privateUrl).searchParams.get('key') ?? ''
    expect(receipt.text).toContain(`/ja/enquiries/${reference}?key=[hidden]`)
    expect(`${receipt.text}${receipt.html}`).not.toContain(key)
    await context.close()
  })

  test('answers 404 to a wrong key, a missing key and another enquiry’s key, and refuses an address that keeps guessing', async ({ request }) => {
    const submit = async (name: string) => {
      const response = await request.post('/api/enquiries/submit?locale=en', {
        headers: fromAddress(),
        data: { type: 'general', name, email: uniqueEmail(name), country: 'SG', message: 'Office space near the cruise port.', consent: true, idempotencyKey: crypto.randomUUID() },
      })
      expect(response.status()).toBe(201)
      return (await response.json()) as { reference: string; page: string }
    }
    const [first, second] = await Promise.all([submit('tan'), submit('lim')])
    const firstKey = new URL(first.page).searchParams.get('key') ?? ''
    const guesser = fromAddress()
    const open = (path: string, headers = guesser) => request.get(path, { headers, maxRedirects: 0 })

    const firstPath = new URL(first.page).pathname + new URL(first.page).search
    const owner = fromAddress()
    // Accepted means stored a moment later at most; the page says so meanwhile.
    await expect
      .poll(async () => {
        const opened = await open(firstPath, owner)
        expect(opened.status()).toBe(200)
        expect(opened.headers()['cache-control']).toMatch(/no-store/)
        return opened.text()
      })
      .toContain('Received. An investment officer will take it up shortly.')

    for (const path of [
      `/en/enquiries/${first.reference}`,
      `/en/enquiries/${first.reference}?key=`,
      // The right key with its last character changed (to another one: a key may well end in A).
      `/en/enquiries/${first.reference}?key=${firstKey.slice(0, -1)}${firstKey.endsWith('A') ? 'B' : 'A'}`,
      `/en/enquiries/${second.reference}?key=${firstKey}`,
      `/en/enquiries/SB-1999-000001?key=${firstKey}`,
      `/en/enquiries/not-a-reference?key=${firstKey}`,
    ]) {
      const response = await open(path)
      expect(response.status(), path).toBe(404)
      const html = await response.text()
      expect(html, path).not.toContain('Office space near the cruise port.')
      // One title, the not-found page's: not the enquiry's beside it.
      const titles = html.match(/<title>[^<]*<\/title>/g) ?? []
      expect(titles, path).toHaveLength(1)
      expect(titles[0], path).toContain(`<title>${notFoundTitle} · `)
    }

    // Twenty wrong keys from one address, and for a while even the right key opens nothing from there.
    for (let attempt = 0; attempt < 20; attempt += 1) await open(`/en/enquiries/${first.reference}?key=wrong-${attempt}`)
    expect((await open(firstPath)).status()).toBe(404)
    expect((await open(firstPath, owner)).status()).toBe(200)
  })

  test('asks a closed enquiry’s investor whether they got what they needed, without JavaScript, and keeps their answer', async ({ browser, request }) => {
    const response = await request.post('/api/enquiries/submit?locale=ko', {
      headers: fromAddress(),
      data: { type: 'general', name: '정다은', email: uniqueEmail('jung'), country: 'KR', message: '항만 인근 물류창고 임대 조건이 궁금합니다.', consent: true, idempotencyKey: crypto.randomUUID() },
    })
    expect(response.status()).toBe(201)
    const { reference, page: pageUrl } = (await response.json()) as { reference: string; page: string }
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: fromAddress() })
    const page = await context.newPage()
    const path = new URL(pageUrl).pathname + new URL(pageUrl).search
    await expect.poll(async () => (await queryE2eDatabase(`select id from enquiries where reference = $1`, [reference])).length).toBe(1)

    // Not closed yet: nothing to answer.
    await page.goto(path)
    await expect(page.getByRole('heading', { name: '이번 응대가 도움이 되었나요?' })).toHaveCount(0)

    await queryE2eDatabase(`update enquiries set status = 'won', closed_at = now() where reference = $1`, [reference])
    await page.reload()
    const feedback = page.locator('#feedback')
    await expect(feedback.getByRole('heading', { level: 2 })).toHaveText('이번 응대가 도움이 되었나요?')
    await feedback.getByRole('button', { name: '만족하지 않습니다' }).click()
    await expect(page.getByTestId('feedback-recorded')).toHaveText('답변해 주셔서 감사합니다. 아쉬웠던 점을 아래에서 답장으로 알려 주시면 담당자가 확인하겠습니다.')
    await expect(feedback.getByRole('button', { name: '만족하지 않습니다' })).toHaveAttribute('aria-pressed', 'true')
    await feedback.getByRole('button', { name: '만족합니다' }).click()
    await expect(page.getByTestId('feedback-recorded')).toHaveText('답변해 주셔서 감사합니다. ‘만족’으로 기록했습니다.')
    const [stored] = await queryE2eDatabase<{ satisfaction: string }>(`select satisfaction from enquiries where reference = $1`, [reference])
    expect(stored.satisfaction).toBe('satisfied')
    await context.close()
  })
})
