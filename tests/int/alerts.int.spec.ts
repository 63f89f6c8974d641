// First, as in Next's server: Next's request scopes need AsyncLocalStorage on globalThis.
import 'next/dist/server/node-environment-baseline'

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { sendDueDigests } from '@/lib/alerts/sendAlerts'
import { confirmAlertSubscription, requestAlertSubscription, unsubscribeFromAlerts } from '@/lib/alerts/subscriptions'
import { unsubscribeKeyFor } from '@/lib/alerts/links'
import { SECRET_MARK, unsealSecret } from '@/lib/email/sealedSecret'
import type { Locale } from '@/lib/i18n/locales'
import type { AlertSubscriber, Industry, Outbox, User } from '@/payload-types'
import { TEST_PASSWORD, uniqueSuffix } from './fixtures'
import { installNextCache } from './nextCache'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const SUBSCRIBERS = COLLECTION_SLUGS.alertSubscribers
const OUTBOX = COLLECTION_SLUGS.outbox

describe('e-mail alerts of new content', () => {
  let payload: Payload
  let officer: User
  let editor: User
  let industry: Industry
  let otherIndustry: Industry
  let uninstallNextCache: () => void
  let clientIp = ''

  beforeAll(async () => {
    payload = await getTestPayload()
    ;({ uninstall: uninstallNextCache } = installNextCache())
    officer = await createStaffUser(payload, 'officer')
    editor = await createStaffUser(payload, 'editor')
    industry = await payload.create({ collection: COLLECTION_SLUGS.industries, data: { title: `海洋经济 ${uniqueSuffix()}`, _status: 'published' } })
    otherIndustry = await payload.create({ collection: COLLECTION_SLUGS.industries, data: { title: `工业互联网 ${uniqueSuffix()}`, _status: 'published' } })
  })

  afterAll(async () => {
    uninstallNextCache?.()
    await payload.delete({ collection: SUBSCRIBERS, where: { id: { exists: true } } })
    await deleteStaffUsers(payload)
  })

  // Each test its own address for the rate limit, as each visitor.
  beforeEach(() => {
    clientIp = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`
  })

  const form = (fields: Record<string, unknown>) => ({ kinds: ['projects'], industries: [], frequency: 'instant', consent: 'on', ...fields })
  const subscribe = (fields: Record<string, unknown>, locale: Locale = 'en') => requestAlertSubscription({ payload, input: form(fields), locale, clientIp })
  const subscriberOf = async (email: string) =>
    (await payload.find({ collection: SUBSCRIBERS, where: { email: { equals: email } }, depth: 0, limit: 1 })).docs[0] as AlertSubscriber | undefined
  const mailTo = async (to: string, kind: Outbox['kind']) => (await payload.find({ collection: OUTBOX, where: { and: [{ to: { equals: to } }, { kind: { equals: kind } }] }, sort: 'id', depth: 0, pagination: false })).docs

  /** The token of the latest confirmation e-mail to `email`, as the reader's link carries it. */
  async function confirmationToken(email: string): Promise<string> {
    const [latest] = (await mailTo(email, 'alert-confirmation')).slice(-1)
    const stored = await payload.db.findOne<{ id: number; sealedSecret: string }>({ collection: OUTBOX, where: { id: { equals: latest.id } } })
    return unsealSecret(stored!.sealedSecret)
  }

  async function confirmedSubscriber(fields: Record<string, unknown>, locale: Locale = 'en'): Promise<AlertSubscriber> {
    const email = String(fields.email)
    expect(await subscribe(fields, locale)).toEqual({ isAccepted: true })
    const subscriber = (await subscriberOf(email))!
    expect(await confirmAlertSubscription({ payload, subscriberId: subscriber.id, token: await confirmationToken(email) })).toBe('confirmed')
    return (await subscriberOf(email))!
  }

  /** What the job runner does: the jobs a publish queued. */
  const runQueuedJobs = () => payload.jobs.run({ queue: 'default', limit: 50 })

  async function publishedProject(title: Partial<Record<Locale, string>>, fields: Record<string, unknown> = {}, locales: Locale[] = ['zh', 'en', 'ja', 'ko']) {
    const project = await payload.create({ collection: COLLECTION_SLUGS.projects, locale: 'zh', draft: true, data: { title: title.zh ?? 'x', ...fields, _status: 'draft' }, user: editor, overrideAccess: false })
    for (const locale of locales) {
      await payload.update({ collection: COLLECTION_SLUGS.projects, id: project.id, locale, publishSpecificLocale: locale, data: { title: title[locale] ?? title.zh, _status: 'published' }, user: editor, overrideAccess: false })
    }
    await runQueuedJobs()
    return project
  }

  it('refuses a bad request in the reader’s language, names each field, and stores nothing', async () => {
    const email = `bad-${uniqueSuffix()}@investor.test`
    const refused = await subscribe({ email: 'not-an-address', kinds: [], frequency: 'hourly', consent: undefined }, 'ja')
    expect(refused).toMatchObject({
      isAccepted: false,
      formError: '下に示した項目を修正してから、もう一度送信してください。',
      fieldErrors: {
        email: '有効なメールアドレスを入力してください（例：name@example.com）。',
        kinds: '受け取る情報を1つ以上お選びください。',
        frequency: '配信頻度をお選びください。',
        consent: '登録内容を保存するため、同意欄にチェックを入れてください。',
      },
    })
    // A section that is no alert kind, an industry that does not exist, a bot's hidden field.
    expect(await subscribe({ email, kinds: ['areas'] })).toMatchObject({ isAccepted: false, fieldErrors: { kinds: 'Please choose at least one kind of content.' } })
    expect(await subscribe({ email, industries: ['no-such-industry'] })).toMatchObject({ isAccepted: false, fieldErrors: { industries: 'An industry you chose no longer exists. Please choose again.' } })
    expect(await subscribe({ email, website: 'https://spam.example' })).toMatchObject({ isAccepted: false })
    expect(await subscriberOf(email)).toBeUndefined()
    expect(await mailTo(email, 'alert-confirmation')).toHaveLength(0)
  })

  it('limits requests per address as the enquiry form does', async () => {
    const email = `flood-${uniqueSuffix()}@investor.test`
    const answers = []
    for (let i = 0; i < 6; i += 1) answers.push(await subscribe({ email }))
    expect(answers.slice(0, 5).every((answer) => answer.isAccepted)).toBe(true)
    expect(answers[5]).toMatchObject({ isAccepted: false, formError: expect.stringContaining('Too many requests') })
  })

  it('keeps subscribers from the public and editors, on REST and GraphQL; officers read, export and delete them', async () => {
    const email = `private-${uniqueSuffix()}@investor.test`
    await subscribe({ email })
    const login = async (user: User) => {
      await payload.update({ collection: COLLECTION_SLUGS.users, id: user.id, data: { password: TEST_PASSWORD } })
      const response = await handleEndpoints({ config, request: new Request('http://localhost/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }) }) })
      return { authorization: `JWT ${((await response.json()) as { token: string }).token}` }
    }
    const [asOfficer, asEditor] = [await login(officer), await login(editor)]
    for (const headers of [{}, asEditor] as Record<string, string>[]) {
      for (const path of [`/api/${SUBSCRIBERS}`, `/api/${SUBSCRIBERS}/export.csv`]) {
        const response = await handleEndpoints({ config, request: new Request(`http://localhost${path}`, { headers }) })
        expect(response.status).toBe(403)
        expect(await response.text()).not.toContain(email)
      }
      const graphql = await GRAPHQL_POST(config)(
        new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ AlertSubscribers { docs { email } } }' }) }),
      )
      const result = await graphql.text()
      expect(result).not.toContain(email)
      expect(JSON.parse(result).errors?.length).toBeGreaterThan(0)
    }
    // Nobody creates one over REST, however signed in.
    const created = await handleEndpoints({ config, request: new Request(`http://localhost/api/${SUBSCRIBERS}`, { method: 'POST', headers: { ...asOfficer, 'content-type': 'application/json' }, body: JSON.stringify({ email: `x-${uniqueSuffix()}@a.test`, locale: 'en', kinds: ['news'], frequency: 'instant' }) }) })
    expect(created.status).toBe(403)

    const list = await handleEndpoints({ config, request: new Request(`http://localhost/api/${SUBSCRIBERS}?where[email][equals]=${encodeURIComponent(email)}`, { headers: asOfficer }) })
    const [doc] = ((await list.json()) as { docs: Record<string, unknown>[] }).docs
    expect(doc.email).toBe(email)
    expect(doc).not.toHaveProperty('confirmationHash')
    expect(JSON.stringify(doc)).not.toMatch(/[0-9a-f]{64}/)
    const csv = await handleEndpoints({ config, request: new Request(`http://localhost/api/${SUBSCRIBERS}/export.csv?where[email][equals]=${encodeURIComponent(email)}`, { headers: asOfficer }) })
    expect(csv.status).toBe(200)
    expect(await csv.text()).toContain(email)
    const deleted = await handleEndpoints({ config, request: new Request(`http://localhost/api/${SUBSCRIBERS}/${doc.id}`, { method: 'DELETE', headers: asOfficer }) })
    expect(deleted.status).toBe(200)
    expect(await subscriberOf(email)).toBeUndefined()
  })

  it('sends nothing until the e-mailed link is followed; the link’s secret is stored only as a hash, works once and expires', async () => {
    const email = `optin-${uniqueSuffix()}@investor.test`
    expect(await subscribe({ email, kinds: ['projects', 'news'] }, 'ko')).toEqual({ isAccepted: true })
    const pending = (await subscriberOf(email))!
    expect(pending.status).toBe('pending')
    const [confirmation] = await mailTo(email, 'alert-confirmation')
    expect(confirmation.subject).toBe('시베이구 투자촉진국 새 소식 알림 구독을 확인해 주세요')
    expect(confirmation.text).toContain(`/ko/alerts/confirm?s=${pending.id}&key=${SECRET_MARK}`)
    const token = await confirmationToken(email)
    const stored = await payload.db.findOne<{ id: number } & Record<string, unknown>>({ collection: SUBSCRIBERS, where: { id: { equals: pending.id } } })
    expect(JSON.stringify(stored)).not.toContain(token)
    expect(`${confirmation.text}${confirmation.html}`).not.toContain(token)

    // A publish that alerts a confirmed reader leaves the unconfirmed address alone.
    const confirmed = await confirmedSubscriber({ email: `confirmed-${uniqueSuffix()}@investor.test` })
    await publishedProject({ zh: `未确认 ${uniqueSuffix()}` })
    expect(await mailTo(confirmed.email, 'alert')).toHaveLength(1)
    expect(await mailTo(email, 'alert')).toHaveLength(0)

    expect(await confirmAlertSubscription({ payload, subscriberId: pending.id, token: `${token}x` })).toBe('invalid')
    const late = new Date(Date.now() + 73 * 60 * 60 * 1000)
    expect(await confirmAlertSubscription({ payload, subscriberId: pending.id, token, now: late })).toBe('expired')
    expect(await confirmAlertSubscription({ payload, subscriberId: pending.id, token })).toBe('confirmed')
    expect((await subscriberOf(email))!.status).toBe('confirmed')
    expect(await confirmAlertSubscription({ payload, subscriberId: pending.id, token })).toBe('invalid')
  })

  it('alerts once per item, in the subscriber’s language, only where it is published in it, with one-click unsubscribe', async () => {
    const suffix = uniqueSuffix()
    const japanese = await confirmedSubscriber({ email: `ja-${suffix}@investor.test`, industries: [industry.slug] }, 'ja')
    const elsewhere = await confirmedSubscriber({ email: `other-${suffix}@investor.test`, industries: [otherIndustry.slug] }, 'ja')

    // Published in Chinese alone: nothing for a Japanese reader yet.
    const project = await publishedProject({ zh: `海洋牧场 ${suffix}`, ja: `海洋牧場 ${suffix}` }, { industry: industry.id }, ['zh'])
    expect(await mailTo(japanese.email, 'alert')).toHaveLength(0)

    await payload.update({ collection: COLLECTION_SLUGS.projects, id: project.id, locale: 'ja', publishSpecificLocale: 'ja', data: { title: `海洋牧場 ${suffix}`, _status: 'published' }, user: editor, overrideAccess: false })
    await runQueuedJobs()
    const alerts = await mailTo(japanese.email, 'alert')
    expect(alerts).toHaveLength(1)
    expect(alerts[0].subject).toBe(`【投資案件】新着：海洋牧場 ${suffix}`)
    expect(alerts[0].text).toContain(`/ja/projects/${project.slug}`)
    expect(alerts[0].text).toContain(`/ja/alerts/unsubscribe?s=${japanese.id}&key=${SECRET_MARK}`)
    expect(alerts[0].listUnsubscribe).toMatch(new RegExp(`/api/alerts/unsubscribe\\?s=${japanese.id}&key=\\[hidden\\]$`))
    // Another industry's reader hears nothing of it.
    expect(await mailTo(elsewhere.email, 'alert')).toHaveLength(0)

    // An edit and a republish send nothing more.
    await payload.update({ collection: COLLECTION_SLUGS.projects, id: project.id, locale: 'ja', data: { summary: '更新しました。', _status: 'published' }, user: editor, overrideAccess: false })
    await payload.update({ collection: COLLECTION_SLUGS.projects, id: project.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    await runQueuedJobs()
    expect(await mailTo(japanese.email, 'alert')).toHaveLength(1)

    // The unsubscribe key opens nothing but its own subscription; the right one deletes it.
    expect(await unsubscribeFromAlerts({ payload, subscriberId: japanese.id, key: unsubscribeKeyFor(elsewhere.id) })).toBe(false)
    expect(await unsubscribeFromAlerts({ payload, subscriberId: japanese.id, key: unsubscribeKeyFor(japanese.id) })).toBe(true)
    expect(await subscriberOf(japanese.email)).toBeUndefined()
    await publishedProject({ zh: `邮轮 ${suffix}` }, { industry: industry.id })
    expect(await mailTo(japanese.email, 'alert')).toHaveLength(1)
  })

  it('gathers a weekly subscriber’s news in one digest when its week is up, and never repeats an item', async () => {
    const suffix = uniqueSuffix()
    const weekly = await confirmedSubscriber({ email: `weekly-${suffix}@investor.test`, kinds: ['projects', 'news'], frequency: 'weekly' }, 'zh')
    const project = await publishedProject({ zh: `周报项目 ${suffix}` })
    const story = await payload.create({ collection: COLLECTION_SLUGS.news, data: { title: `周报新闻 ${suffix}`, category: 'milestone', _status: 'published' } })
    await runQueuedJobs()
    expect(await mailTo(weekly.email, 'alert')).toHaveLength(0)

    const nextWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000)
    await sendDueDigests({ payload, now: nextWeek })
    const [digest, ...more] = await mailTo(weekly.email, 'alert')
    expect(more).toHaveLength(0)
    expect(digest.subject).toMatch(/^本周新内容（共 \d+ 条）$/)
    expect(digest.text).toContain(`【项目】周报项目 ${suffix}`)
    expect(digest.text).toContain(`【资讯】周报新闻 ${suffix}`)
    expect(digest.text).toContain(`/zh/projects/${project.slug}`)
    expect(digest.text).toContain(`/zh/news/${story.slug}`)
    expect(digest.listUnsubscribe).toContain(`/api/alerts/unsubscribe?s=${weekly.id}`)

    await sendDueDigests({ payload, now: new Date(nextWeek.getTime() + 7 * 24 * 60 * 60 * 1000 + 60_000) })
    expect(await mailTo(weekly.email, 'alert')).toHaveLength(1)
  })
})
