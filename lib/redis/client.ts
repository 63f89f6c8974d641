import { Redis } from 'ioredis'

let client: Redis | null = null

/** The process's one Redis connection when `REDIS_URL` is set; null means single-instance defaults. */
export function getRedisClient(): Redis | null {
  const url = process.env.REDIS_URL
  if (!url) return null
  client ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: false })
  return client
}
