import type { Redis } from 'ioredis'

import type { SpoolEntry, SpoolStore } from './spoolStore'

const ENTRIES = 'invest-shibei:enquiry-spool:entries'
const CLAIMS = 'invest-shibei:enquiry-spool:claims'

/** How long a write may wait for Redis to confirm it is on disk before the visitor is asked to try again. */
const DURABLE_WITHIN_MS = 2_000

/**
 * One claimer gets the entry: it is returned only when nobody holds it, or its holder took it more than
 * the lease ago (ARGV: id, now in ms, lease in ms). The entry itself stays until it is removed, so a
 * claimer that dies loses nothing.
 */
const CLAIM_SCRIPT = `
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if not entry then return false end
local claimedAt = redis.call('HGET', KEYS[2], ARGV[1])
if claimedAt and tonumber(ARGV[2]) - tonumber(claimedAt) < tonumber(ARGV[3]) then return false end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return entry`

/**
 * What the operator must hear when the Redis holding the spool would lose an accepted enquiry on a crash,
 * or null when it keeps it: without AOF (`appendonly yes`) it keeps nothing across a restart; with AOF but
 * without `appendfsync always` on a Redis older than 7.2 (no WAITAOF), the last second may be lost.
 */
export async function redisPersistenceWarning(client: Redis): Promise<string | null> {
  const info = await client.info('persistence').catch(() => '')
  const server = await client.info('server').catch(() => '')
  const version = /redis_version:(\d+)\.(\d+)/.exec(server)
  const hasWaitAof = version ? Number(version[1]) > 7 || (Number(version[1]) === 7 && Number(version[2]) >= 2) : false
  if (/aof_enabled:0/.test(info)) {
    return 'Redis has no append-only file (appendonly no): enquiries kept in it while PostgreSQL is away are lost if Redis restarts. Set `appendonly yes` and `appendfsync always`.'
  }
  if (hasWaitAof) return null
  const fsync = (await client.config('GET', 'appendfsync').catch(() => [])) as string[]
  if (fsync[1] === 'always') return null
  return `Redis ${version ? `${version[1]}.${version[2]} ` : ''}confirms a write before it is on disk (appendfsync ${fsync[1] ?? 'unknown'}): set \`appendfsync always\`, or use Redis 7.2 or later.`
}

let isPersistenceChecked = false

/** Says it once per process, when the spool is first chosen (at the server's start). */
async function checkPersistence(client: Redis): Promise<void> {
  if (isPersistenceChecked) return
  isPersistenceChecked = true
  const warning = await redisPersistenceWarning(client)
  if (warning) console.warn(`[enquiry-spool] ${warning}`)
}

/**
 * Waits until Redis has the connection's writes in its append-only file on disk (WAITAOF, Redis 7.2+).
 * Older servers have no WAITAOF: with `appendfsync always` they fsync before they answer, which is the
 * same promise. A server without AOF cannot give it; that was said at start (`checkPersistence`).
 */
async function confirmOnDisk(client: Redis): Promise<void> {
  try {
    const [local] = (await client.call('WAITAOF', '1', '0', String(DURABLE_WITHIN_MS))) as [number, number]
    if (local < 1) throw new Error(`Redis did not confirm within ${DURABLE_WITHIN_MS} ms that the write is on disk`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/unknown command|appendonly is disabled/i.test(message)) return
    throw error
  }
}

/**
 * The spool's own connection, a duplicate of the shared one (lib/redis/connection.mjs): WAITAOF blocks
 * the connection it is sent on, and the cache must not wait behind it.
 */
export function spoolConnection(shared: Redis): Redis {
  const client = shared.duplicate({ connectionName: 'invest-shibei-enquiry-spool' })
  let isReported = false
  client.on('error', (error: Error) => {
    if (isReported) return
    isReported = true
    console.error(`[enquiry-spool] Redis: ${error.message} (further errors are not logged until it reconnects)`)
  })
  client.on('ready', () => {
    isReported = false
  })
  return client
}

/**
 * The spool in Redis, shared by every instance: entries in one hash (field: the entry's id), claims in
 * another. `keep` writes with HSETNX, so of two twins written at once on any instances exactly one is
 * kept, and answers only once Redis confirmed the write on disk.
 */
export function redisSpool(client: Redis): SpoolStore {
  void checkPersistence(client)
  const parse = (text: string) => JSON.parse(text) as SpoolEntry

  return {
    name: 'Redis',

    async keep(id, entry) {
      const isNew = (await client.hsetnx(ENTRIES, id, JSON.stringify(entry))) === 1
      if (!isNew) {
        const twin = await client.hget(ENTRIES, id)
        if (twin) return parse(twin)
        // Replayed and removed between the two commands: keep this one (the intake's key still decides).
        return this.keep(id, entry)
      }
      await confirmOnDisk(client)
      return entry
    },

    async read(id) {
      const text = await client.hget(ENTRIES, id)
      return text ? parse(text) : null
    },

    async list() {
      return Object.entries(await client.hgetall(ENTRIES)).map(([id, text]) => ({ id, entry: parse(text) }))
    },

    async claim(id, now, leaseMs) {
      const text = (await client.eval(CLAIM_SCRIPT, 2, ENTRIES, CLAIMS, id, String(now.getTime()), String(leaseMs))) as string | null
      return text ? parse(text) : null
    },

    async release(id) {
      await client.hdel(CLAIMS, id)
    },

    async remove(id) {
      await client.multi().hdel(ENTRIES, id).hdel(CLAIMS, id).exec()
    },
  }
}
