import type { Redis } from 'ioredis'

import { sharedRedisConnection } from './connection.mjs'

/**
 * The Redis that instances share (REDIS_URL), or null when the deployment has none and each instance
 * keeps its state in memory. Created on first use; the cache handler uses the same connection.
 */
export function getRedisClient(): Redis | null {
  return sharedRedisConnection()
}
