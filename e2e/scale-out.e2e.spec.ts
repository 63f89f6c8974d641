import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, request, test } from '@playwright/test'

import { type Cluster, type Instance, startCluster } from './scaleOutCluster'

const PROPAGATION_BUDGET_MS = 1_000

const admin = { email: 'scale-admin@e2e.test', password: `pw-${randomBytes(9).toString('hex')}` }

/**
 * Signs the first account in on an instance (it becomes the administrator) and returns its token. This is
 * the set-up of the tests, not what they check: a 500 here (seen once in CI, on the instance's first write,
 * and not reproduced since under any load) is reported with what the server printed, and asked once more.
 */
async function firstAdminToken(api: APIRequestContext, instance: Instance): Promise<string> {
  const register = () => api.post('/api/users/first-register', { data: { ...admin, confirmPassword: admin.password } })
  let registered = await register()
  if (registered.status() === 500) {
    const report = `first-register on ${instance.name} answered 500 (${await registered.text()}); it printed:\n${instance.output().slice(-4_000)}`
    console.error(report)
    test.info().annotations.push({ type: 'retried set-up', description: report })
    registered = await register()
  }
  expect(registered.status(), `${await registered.text()}\n[${instance.name}] printed:\n${instance.output().slice(-4_000)}`).toBe(200)
  return ((await registered.json()) as { token: string }).token
}

async function pageText(api: APIRequestContext, url: string) {
  const response = await api.get(url)
  expect(response.status(), url).toBe(200)
  return { html: await response.text(), cache: response.headers()['x-nextjs-cache'] }
}

// Two instances of the production build behind an imaginary load balancer, sharing PostgreSQL and Redis.
test.describe.serial('several instances share one cache', () => {
  let cluster: Cluster
  let a: APIRequestContext
  let b: APIRequestContext
  let token: string

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    cluster = await startCluster({ instances: 2 })
    ;[a, b] = await Promise.all(cluster.instances.map(({ baseURL }) => request.newContext({ baseURL })))
    token = await firstAdminToken(a, cluster.instances[0])
  })

  test.afterAll(async () => {
    await Promise.all([a?.dispose(), b?.dispose()])
    await cluster?.stop()
  })

  test('a publish through instance A is on instance B’s cached pages within a second', async () => {
    const suffix = randomBytes(3).toString('hex')
    const slug = `scale-out-${suffix}`
    const before = `扩容测试项目 ${suffix}`
    const after = `扩容测试项目（已更新）${suffix}`
    const auth = { Authorization: `JWT ${token}` }

    const created = await a.post('/api/projects?locale=zh', {
      headers: auth,
      data: { title: before, slug, summary: '两个实例共享缓存。', _status: 'published' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    // B renders the page once, then serves it from the shared cache.
    expect((await pageText(b, `/zh/projects/${slug}`)).html).toContain(before)
    const cached = await pageText(b, `/zh/projects/${slug}`)
    expect(cached.html).toContain(before)
    expect(cached.cache).toBe('HIT')
    expect((await pageText(b, '/zh/projects')).html).toContain(before)

    const published = await a.patch(`/api/projects/${doc.id}?locale=zh`, { headers: auth, data: { title: after, _status: 'published' } })
    expect(published.status(), await published.text()).toBe(200)
    const publishedAt = Date.now()

    // B hears of A's publish through Redis (lib/cache/README.md): both of B's pages are watched until each shows it.
    const seenAfter = async (url: string) => {
      while (Date.now() - publishedAt < PROPAGATION_BUDGET_MS * 3) {
        const { html } = await pageText(b, url)
        if (html.includes(after) && !html.includes(before)) return Date.now() - publishedAt
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return Infinity
    }
    const [detailSeenAfter, listSeenAfter] = await Promise.all([seenAfter(`/zh/projects/${slug}`), seenAfter('/zh/projects')])
    test.info().annotations.push({ type: 'propagation', description: `${detailSeenAfter} ms (detail), ${listSeenAfter} ms (list) from A's publish to B's page` })
    expect(detailSeenAfter, 'ms until B’s detail page showed the publish').toBeLessThan(PROPAGATION_BUDGET_MS)
    expect(listSeenAfter, 'ms until B’s list showed the publish').toBeLessThan(PROPAGATION_BUDGET_MS)
  })

  test('a rate limit counted on instance A holds on instance B', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' }
    const enquiry = (n: number) => ({
      type: 'general',
      name: `Limit ${n}`,
      email: 'same-investor@scale.e2e.test',
      country: 'SG',
      message: 'Five enquiries an hour from one address are allowed; the sixth waits.',
      consent: true,
      idempotencyKey: crypto.randomUUID(),
    })
    for (let n = 1; n <= 5; n++) {
      const accepted = await a.post('/api/enquiries/submit?locale=zh', { headers, data: enquiry(n) })
      expect(accepted.status(), await accepted.text()).toBe(201)
    }
    const refused = await b.post('/api/enquiries/submit?locale=zh', { headers, data: enquiry(6) })
    expect(refused.status()).toBe(429)
    expect(((await refused.json()) as { formError: string }).formError).toMatch(/^您在短时间内提交了多次咨询，请在 \d+ 分钟后重试。$/)
  })
})
