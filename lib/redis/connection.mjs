// Plain JavaScript on purpose: Next's cache handler is imported by Node itself, unbundled, and shares
// this connection with the bundled app code (lib/redis/client.ts) through a global slot.
import Redis from 'ioredis'

const SLOT = Symbol.for('invest-shibei.redis')

/**
 * The process's one connection to REDIS_URL, opened on first use; null without REDIS_URL. A command
 * fails after one reconnection attempt instead of waiting, so a Redis outage costs a cache miss, not a
 * hung request.
 * @returns {import('ioredis').Redis | null}
 */
export function sharedRedisConnection() {
  const url = process.env.REDIS_URL
  if (!url) return null
  const holder = /** @type {Record<symbol, import('ioredis').Redis | undefined>} */ (globalThis)
  if (!holder[SLOT]) {
    const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, connectionName: 'invest-shibei' })
    let isReported = false
    client.on('error', (error) => {
      if (isReported) return
      isReported = true
      console.error(`[redis] ${error.message} (further errors are not logged until it reconnects)`)
    })
    client.on('ready', () => {
      isReported = false
    })
    holder[SLOT] = client
  }
  return holder[SLOT]
}
