import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { serveThroughResponseCache } from '@/lib/cache/responseCache.mjs'
import { holdHtmlForScriptHashes } from '@/lib/http/scriptHashes.mjs'
import { createSecurityHeaders } from '@/lib/http/securityHeaders.mjs'

let server: Server | null = null

/** A server that answers every request with the production server's security headers and nothing else. */
async function serveWith(serverUrl: string | undefined): Promise<string> {
  const setSecurityHeaders = createSecurityHeaders({ serverUrl })
  return listen((req, res) => {
    setSecurityHeaders(req, res)
    res.end('ok')
  })
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler)
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
    // Scripts from the portal's own origin; its pages' inline scripts are added by hash as they leave.
    expect(await policyOf('/en/projects?industry=x')).toContain("script-src 'self';")
    expect(await policyOf('/administration')).toContain("script-src-attr 'none'")
    expect(await policyOf('/admin/collections/projects')).toContain("frame-src 'self'")
    expect(await policyOf('/api/projects/1')).toMatch(/^default-src 'none';/)
    // Chrome's PDF viewer needs what a document policy would refuse: only framing is restricted.
    expect(await policyOf('/api/media/file/plan.pdf')).toBe("frame-ancestors 'self'")
  })
})

/** The compression middleware Next's server puts in front of every answer (it ships without types). */
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** A page as Next streams one: its flight data in inline scripts, its chunks from files, and JSON-LD. */
const FLIGHT = ['(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])', 'self.__next_f.push([1,"市北区"])']
const PAGE_PARTS = [
  '<!DOCTYPE html><html lang="en"><head><script src="/_next/static/chunks/main.js" async=""></script>',
  `<script type="application/ld+json">{"@type":"Organization"}</script></head><body><main>${'<p>Shibei</p>'.repeat(400)}</main>`,
  ...FLIGHT.map((script) => `<script>${script}</script>`),
  '</body></html>',
]
const sha256Source = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`

/**
 * The production server's order (server.mjs): the headers, the response cache, the holding of a portal
 * page, then Next, which compresses and streams the page in parts (`answer`).
 */
async function servePortal(answer: (res: ServerResponse) => void): Promise<{ origin: string; answered: () => number }> {
  const setSecurityHeaders = createSecurityHeaders({ serverUrl: undefined })
  const compress = compression()
  let answered = 0
  const origin = await listen((req, res) => {
    const face = setSecurityHeaders(req, res)
    void serveThroughResponseCache(req, res, async () => {
      if (face === 'portal') holdHtmlForScriptHashes(res)
      compress(req, res, () => {})
      answered += 1
      answer(res)
    })
  })
  return { origin, answered: () => answered }
}

function streamPage(res: ServerResponse, headers: Record<string, string> = {}) {
  res.setHeader('content-type', 'text/html; charset=utf-8')
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.flushHeaders()
  let part = 0
  const next = () => {
    if (part === PAGE_PARTS.length) return void res.end()
    res.write(PAGE_PARTS[part++])
    setImmediate(next)
  }
  next()
}

const scriptSourcesOf = (response: Response) =>
  (response.headers.get('content-security-policy') ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1)

describe('the portal’s policy names the inline scripts of the page it comes with', () => {
  it('each inline script that runs, by the hash of its text as sent, and no unsafe-inline, compressed or not', async () => {
    const { origin } = await servePortal((res) => streamPage(res))
    for (const encoding of ['gzip', 'deflate', 'identity']) {
      const response = await fetch(`${origin}/en`, { headers: { 'accept-encoding': encoding } })
      expect(await response.text(), encoding).toBe(PAGE_PARTS.join(''))
      expect(scriptSourcesOf(response), encoding).toEqual(["'self'", ...FLIGHT.map(sha256Source)])
      expect(response.headers.get('content-security-policy'), encoding).toContain("script-src-attr 'none'")
    }
  })

  it('a page the response cache answers again carries the same header, without being rendered or hashed again', async () => {
    const { origin, answered } = await servePortal((res) => streamPage(res, { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=60' }))
    const first = await fetch(`${origin}/ja/projects`)
    const again = await fetch(`${origin}/ja/projects`)
    expect(answered()).toBe(1)
    expect(await again.text()).toBe(await first.text())
    expect(scriptSourcesOf(again)).toEqual(["'self'", ...FLIGHT.map(sha256Source)])
    expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
  })

  it('anything other than HTML streams through with the policy as it was', async () => {
    const { origin } = await servePortal((res) => {
      res.setHeader('content-type', 'text/x-component')
      res.write('0:["$","script",null,{"children":"alert(1)"}]\n')
      setImmediate(() => res.end())
    })
    const response = await fetch(`${origin}/en?_rsc=1`)
    expect(await response.text()).toContain('alert(1)')
    expect(scriptSourcesOf(response)).toEqual(["'self'"])
  })
})
