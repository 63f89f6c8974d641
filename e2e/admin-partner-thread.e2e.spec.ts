import { randomBytes } from 'node:crypto'

import { queryE2eDatabase } from './support/database'
import { expect, test } from './support/staff'

test('a partner reads the bureau’s reply to its client in its own area and answers it there; another partner’s enquiry stays hidden', async ({ adminApi, browser }) => {
  test.setTimeout(120_000)
  const suffix = randomBytes(4).toString('hex')
  const partners = ['osaka', 'busan'].map((name) => ({ email: `partner-${name}-${suffix}@e2e.test`, password: `pw-${randomBytes(9).toString('hex')}`, organisation: `${name === 'osaka' ? 'Osaka Trade Advisers' : 'Busan Chamber'} ${suffix}` }))
  const ids: number[] = []
  for (const partner of partners) {
    const created = await adminApi.post('/api/partners', { data: partner })
    expect(created.status()).toBe(201)
    ids.push(((await created.json()) as { doc: { id: number } }).doc.id)
  }
  const create = async (partnerId: number, name: string) => {
    const response = await adminApi.post('/api/enquiries', {
      data: { type: 'area', name, email: `client-${suffix}@e2e.test`, locale: 'en', message: 'Office space near the cruise port, about 400 m², from next spring.', consent: true, partner: partnerId, notes: [{ body: 'internal: budget unclear' }] },
    })
    expect(response.status()).toBe(201)
    return ((await response.json()) as { doc: { id: number; reference: string } }).doc
  }
  const ours = await create(ids[0], 'Kenji Sato')
  const theirs = await create(ids[1], 'Kim Min-jun')
  const answer = 'Dear Mr Sato,\nThank you for your enquiry. We can show you two buildings near the cruise port next week.'
  expect((await adminApi.post('/api/enquiry-replies', { data: { enquiry: ours.id, body: answer } })).status()).toBe(201)

  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' })
  const page = await context.newPage()
  await page.goto('/en/partner/sign-in')
  await page.getByLabel('Email').fill(partners[0].email)
  await page.getByLabel('Password').fill(partners[0].password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Your clients' enquiries")

  await page.getByRole('link', { name: `Open the conversation for enquiry ${ours.reference}` }).click()
  await expect(page).toHaveURL(new RegExp(`/en/partner/enquiries/${ours.reference}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Enquiry ${ours.reference}`)
  await expect(page.getByText('For Kenji Sato', { exact: true })).toBeVisible()
  await expect(page.getByTestId('enquiry-message')).toContainText('Office space near the cruise port')
  await expect(page.getByTestId('enquiry-reply')).toContainText('We can show you two buildings near the cruise port next week.')
  await expect(page.getByTestId('enquiry-reply').locator('time')).toContainText('GMT')
  await expect(page.locator('main')).not.toContainText('internal: budget unclear')

  // A message the form would refuse keeps what was typed; a good one lands on the thread as the partner's.
  await page.getByLabel('Your reply').fill('ok')
  await page.getByRole('button', { name: 'Send reply' }).click()
  await expect(page.locator('#reply-body-error')).toBeVisible()
  await expect(page.getByLabel('Your reply')).toHaveValue('ok')
  await page.getByLabel('Your reply').fill('Mr Sato can visit on Wednesday afternoon. Could the officer confirm the rent range?')
  await page.getByRole('button', { name: 'Send reply' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your reply has been sent.' })).toBeVisible()
  await expect(page.getByTestId('partner-reply')).toContainText('Your reply')
  await expect(page.getByTestId('partner-reply')).toContainText('Mr Sato can visit on Wednesday afternoon.')
  const rows = await queryE2eDatabase<{ from: string }>('select r."from" from enquiry_replies r join enquiries e on e.id = r.enquiry_id where e.reference = $1 order by r.created_at', [ours.reference])
  expect(rows.map((row) => row.from)).toEqual(['officer', 'partner'])

  // Another partner's enquiry is not found, not refused: its reference says nothing.
  const other = await page.goto(`/en/partner/enquiries/${theirs.reference}`)
  expect(other?.status()).toBe(404)
  await context.close()
})
