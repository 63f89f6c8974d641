import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { pinClientAddress, trustedProxies } from '@/lib/runtime/clientAddress.mjs'
import { clientIpOf } from '@/lib/runtime/clientIp'

/**
 * A real HTTP server doing what server.mjs does before Next sees a request, answering with the address
 * the rate limit would count.
 */
async function serve(setting: string | undefined): Promise<{ server: Server; seen: (headers?: Record<string, string>) => Promise<string> }> {
  const trust = trustedProxies(setting)
  const server = createServer((req, res) => {
    pinClientAddress(req, trust)
    res.end(clientIpOf(new Headers(req.headers as Record<string, string>)))
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  return { server, seen: async (headers = {}) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).text() }
}

describe('the visitor’s address for the rate limits', () => {
  let server: Server | null = null
  afterEach(() => new Promise<void>((closed) => (server ? server.close(() => closed()) : closed())))

  it('is the socket’s whatever X-Forwarded-For or X-Real-IP say, when no proxy is trusted', async () => {
    const running = await serve(undefined)
    server = running.server
    const seen = new Set<string>()
    for (let n = 1; n <= 20; n++) seen.add(await running.seen({ 'x-forwarded-for': `203.0.113.${n}`, 'x-real-ip': `198.51.100.${n}` }))
    expect([...seen]).toEqual(['127.0.0.1'])
  })

  it('is what the trusted hops vouch for, never an address the client put before them', async () => {
    for (const setting of ['1', 'loopback', '127.0.0.0/8, 10.0.0.0/8']) {
      const running = await serve(setting)
      server = running.server
      // The load balancer (here, loopback) appended the address it saw; the client forged the rest.
      expect(await running.seen({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })).toBe('198.51.100.7')
      expect(await running.seen({ 'x-forwarded-for': '203.0.113.10, 198.51.100.7' })).toBe('198.51.100.7')
      expect(await running.seen()).toBe('127.0.0.1')
      await new Promise<void>((closed) => running.server.close(() => closed()))
      server = null
    }
  })

  it('walks as many hops as it is told to trust', async () => {
    const running = await serve('2')
    server = running.server
    expect(await running.seen({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7, 10.0.0.2' })).toBe('198.51.100.7')
  })
})
