import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { createSecurityHeaders } from '@/lib/http/securityHeaders.mjs'

let server: Server | null = null

/** A server that answers every request with the production server's security headers and nothing else. */
async function serveWith(serverUrl: string | undefined): Promise<string> {
  const setSecurityHeaders = createSecurityHeaders({ serverUrl })
  server = createServer((req, res) => {
    setSecurityHeaders(req, res)
    res.end('ok')
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function stopServing() {
  const running = server
  server = null
  if (!running) return
  running.closeAllConnections()
  await new Promise((resolve) => running.close(resolve))
}

afterEach(stopServing)

describe('HSTS follows SERVER_URL, never the request', () => {
  it('is sent on every face when SERVER_URL is HTTPS, and the pages upgrade insecure requests', async () => {
    const origin = await serveWith('https://invest.example.org')
    for (const path of ['/en', '/admin', '/api/projects', '/_next/static/chunks/main.js']) {
      const response = await fetch(`${origin}${path}`)
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains')
      expect(response.headers.get('content-security-policy'), path).toContain('upgrade-insecure-requests')
    }
  })

  it('is not sent when SERVER_URL is HTTP or unset, even when a request claims HTTPS', async () => {
    for (const serverUrl of ['http://localhost:3000', undefined]) {
      const origin = await serveWith(serverUrl)
      const response = await fetch(`${origin}/en`, { headers: { 'x-forwarded-proto': 'https' } })
      expect(response.headers.get('strict-transport-security'), String(serverUrl)).toBeNull()
      expect(response.headers.get('content-security-policy'), String(serverUrl)).not.toContain('upgrade-insecure-requests')
      await stopServing()
    }
  })
})

describe('each face gets its own policy', () => {
  it('the portal, the admin and the API', async () => {
    const origin = await serveWith(undefined)
    const policyOf = async (path: string) => (await fetch(`${origin}${path}`)).headers.get('content-security-policy') ?? ''
    expect(await policyOf('/en/projects?industry=x')).toContain("script-src-attr 'none'")
    expect(await policyOf('/administration')).toContain("script-src-attr 'none'")
    expect(await policyOf('/admin/collections/projects')).toContain("frame-src 'self'")
    expect(await policyOf('/api/projects/1')).toMatch(/^default-src 'none';/)
    // Chrome's PDF viewer needs what a document policy would refuse: only framing is restricted.
    expect(await policyOf('/api/media/file/plan.pdf')).toBe("frame-ancestors 'self'")
  })
})
