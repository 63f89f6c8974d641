import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { drainEnquiryIntake as DrainEnquiryIntake } from '@/lib/enquiries/intakeQueue'
import { investorKeyFor } from '@/lib/enquiries/investorKey'
import type { replaySpool as ReplaySpool } from '@/lib/enquiries/spool'
import type { redisPersistenceWarning as RedisPersistenceWarning, redisSpool as RedisSpool } from '@/lib/enquiries/spoolRedis'
import type { submitEnquiry as SubmitEnquiry } from '@/lib/enquiries/submitEnquiry'
import type { sendThreadReply as SendThreadReply } from '@/lib/enquiries/threadReply'
import { type BackgroundProcess, spawnBackground } from '@/scripts/lib/background-process'
import { type DatabaseRelay, relayToDatabase } from '@/scripts/lib/database-relay'
import { findFreePort } from '@/scripts/lib/free-port'
import { findRedisServer } from '@/scripts/lib/redis-server'
import { createPartner, uniqueSuffix } from './fixtures'
import { createStaffUser } from './staff-users'
import { fileDatabaseUri } from './database'

const ENQUIRIES = COLLECTION_SLUGS.enquiries
const SPOOL_ENTRIES = 'invest-shibei:enquiry-spool:entries'

// With REDIS_URL set the spool is in Redis: two instances (two replay loops, each with its own Redis
// connection) share what either accepted while PostgreSQL was away. The test starts its own redis-server,
// with AOF as the README asks, and reaches its database through a relay it cuts.
describe('the enquiry spool in Redis, shared by instances', () => {
  let redisServer: BackgroundProcess
  let redisUrl: string
  let redis: Redis
  let relay: DatabaseRelay
  let spoolDirectory: string
  let payload: Payload
  let submitEnquiry: typeof SubmitEnquiry
  let sendThreadReply: typeof SendThreadReply
  let drainEnquiryIntake: typeof DrainEnquiryIntake
  let replaySpool: typeof ReplaySpool
  let redisSpool: typeof RedisSpool
  let redisPersistenceWarning: typeof RedisPersistenceWarning
  const connections: Redis[] = []
  const emailDomain = `${uniqueSuffix()}.investor.test`
  let ipCounter = 0

  const form = () => ({
    type: 'project',
    name: 'Sato Haruka',
    organisation: 'Kansai Precision',
    email: `${uniqueSuffix()}@${emailDomain}`,
    phone: '+81 6 1234 5678',
    country: 'JP',
    message: 'We are looking for a site for a precision machining plant.',
    consent: 'on',
    idempotencyKey: crypto.randomUUID(),
    website: '',
  })
  const clientIp = () => `198.51.100.${++ipCounter}`
  const submit = (input: Record<string, string>) => submitEnquiry({ payload, input, locale: 'ja', clientIp: clientIp() })
  const referenceOf = (result: Awaited<ReturnType<typeof SubmitEnquiry>>) => (result.isAccepted ? result.reference : `refused: ${result.formError}`)
  const storedFor = async (email: string) =>
    (await payload.find({ collection: ENQUIRIES, where: { email: { equals: email } }, depth: 0, limit: 10, overrideAccess: true })).docs
  /** Another instance: its own connection to the same Redis. */
  const instanceSpool = () => {
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    connections.push(connection)
    return redisSpool(connection)
  }
  /** PostgreSQL is away while `run` runs; the pool has dropped its connections first. */
  const withDatabaseAway = async <T,>(run: () => Promise<T>): Promise<T> => {
    await relay.refuse()
    try {
      await vi.waitFor(() => expect((payload.db as unknown as PostgresAdapter).pool.idleCount).toBe(0))
      return await run()
    } finally {
      await relay.accept()
    }
  }
  /**
   * The database is back: two instances replay at once, then the queue stores the submissions. (This
   * process's own replay loop, started when the spool took something, may be a third.)
   */
  const twoInstancesReplay = async () => {
    const [first, second] = await Promise.all([replaySpool(payload, { store: instanceSpool() }), replaySpool(payload, { store: instanceSpool() })])
    await drainEnquiryIntake(payload)
    return { submissions: first.submissions + second.submissions, replies: first.replies + second.replies }
  }

  beforeAll(async () => {
    const serverPath = findRedisServer()
    if (!serverPath) throw new Error('This test needs redis-server (Debian: apt-get install -y redis-server).')
    const port = await findFreePort()
    const redisDirectory = await mkdtemp(path.join(tmpdir(), 'enquiry-spool-redis-'))
    redisServer = spawnBackground('redis', serverPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', redisDirectory], process.env)
    await redisServer.waitFor(/Ready to accept connections/)
    redisUrl = `redis://127.0.0.1:${port}`
    process.env.REDIS_URL = redisUrl
    redis = new Redis(redisUrl)
    connections.push(redis)
    // Nothing may reach the disk spool while Redis is there.
    spoolDirectory = await mkdtemp(path.join(tmpdir(), 'enquiry-spool-disk-'))
    process.env.ENQUIRY_SPOOL_DIR = spoolDirectory
    relay = await relayToDatabase(fileDatabaseUri())
    process.env.DATABASE_URI = relay.uri
    const { getTestPayload } = await import('./payload')
    payload = await getTestPayload()
    ;({ submitEnquiry } = await import('@/lib/enquiries/submitEnquiry'))
    ;({ sendThreadReply } = await import('@/lib/enquiries/threadReply'))
    ;({ drainEnquiryIntake } = await import('@/lib/enquiries/intakeQueue'))
    ;({ replaySpool } = await import('@/lib/enquiries/spool'))
    ;({ redisSpool, redisPersistenceWarning } = await import('@/lib/enquiries/spoolRedis'))
  })

  afterAll(async () => {
    relay?.resume()
    await relay?.accept()
    await payload?.delete({ collection: ENQUIRIES, where: { email: { like: emailDomain } }, overrideAccess: true })
    await relay?.close()
    for (const connection of connections) connection.disconnect()
    ;(globalThis as Record<symbol, Redis | undefined>)[Symbol.for('invest-shibei.redis')]?.disconnect()
    await redisServer?.stop()
    await rm(spoolDirectory, { recursive: true, force: true })
    delete process.env.REDIS_URL
    delete process.env.ENQUIRY_SPOOL_DIR
  })

  it('keeps a submission in Redis while PostgreSQL is down, and two instances replaying it store exactly one enquiry', async () => {
    const input = form()
    const reference = await withDatabaseAway(async () => {
      const given = referenceOf(await submit(input))
      expect(given).toMatch(/^SB-\d{4}-S[0-9A-Z]{8}$/)
      // In Redis, where every instance sees it; not on this host's disk.
      expect(await redis.hlen(SPOOL_ENTRIES)).toBe(1)
      expect(await readdir(spoolDirectory)).toEqual([])
      // A retry, on any instance, is the same submission.
      expect(referenceOf(await submit(input))).toBe(given)
      expect(await redis.hlen(SPOOL_ENTRIES)).toBe(1)
      return given
    })

    await twoInstancesReplay()
    const stored = await storedFor(input.email)
    expect(stored.map((enquiry) => enquiry.reference)).toEqual([reference])
    expect(stored[0]).toMatchObject({ name: 'Sato Haruka', locale: 'ja', country: 'JP', status: 'new' })
    expect(await redis.hlen(SPOOL_ENTRIES)).toBe(0)

    // Replaying again finds nothing, and a retry is answered from the database with the same reference.
    expect(await twoInstancesReplay()).toEqual({ submissions: 0, replies: 0 })
    expect(referenceOf(await submit(input))).toBe(reference)
    await drainEnquiryIntake(payload)
    expect(await storedFor(input.email)).toHaveLength(1)
  })

  it('warns the operator when the Redis would lose an accepted enquiry on a crash, and not when its AOF is fsynced', async () => {
    expect(await redisPersistenceWarning(redis)).toBeNull()
    // The same server with AOF fsynced once a second (enough from Redis 7.2, whose WAITAOF the spool waits
    // for), then with no AOF at all.
    const [major, minor] = (/redis_version:(\d+)\.(\d+)/.exec(await redis.info('server')) ?? []).slice(1).map(Number)
    await redis.config('SET', 'appendfsync', 'everysec')
    if (major > 7 || (major === 7 && minor >= 2)) expect(await redisPersistenceWarning(redis)).toBeNull()
    else expect(await redisPersistenceWarning(redis)).toMatch(/appendfsync always/)
    await redis.config('SET', 'appendonly', 'no')
    expect(await redisPersistenceWarning(redis)).toMatch(/appendonly yes/)
    await redis.config('SET', 'appendonly', 'yes')
    await redis.config('SET', 'appendfsync', 'always')
    expect(await redisPersistenceWarning(redis)).toBeNull()
  })

  it('gives an entry to one claimer at a time, and to another once the first has held it past the lease', async () => {
    const [first, second] = [instanceSpool(), instanceSpool()]
    const now = new Date()
    await first.keep('claim-test', { kind: 'reply', replyKey: 'claim-test', reference: 'SB-2026-000001', locale: 'en', sender: { investor: true }, body: 'Hello', receivedAt: now.toISOString() })
    const claims = await Promise.all([first.claim('claim-test', now, 60_000), second.claim('claim-test', now, 60_000)])
    expect(claims.filter(Boolean)).toHaveLength(1)
    // The claimer died: a minute later the entry is still there, and another instance takes it.
    expect(await second.claim('claim-test', new Date(now.getTime() + 30_000), 60_000)).toBeNull()
    expect(await second.claim('claim-test', new Date(now.getTime() + 61_000), 60_000)).toMatchObject({ body: 'Hello' })
    await second.remove('claim-test')
    expect(await redis.hlen(SPOOL_ENTRIES)).toBe(0)
  })

  it('accepts an investor’s and a partner’s reply while PostgreSQL is down, and puts each on the thread once when it returns, telling the officers', async () => {
    await createStaffUser(payload, 'officer')
    const partner = await createPartner(payload, 'Osaka Advisory')
    const investorInput = form()
    const partnerInput = { ...form(), email: `${uniqueSuffix()}@${emailDomain}` }
    const investorEnquiry = referenceOf(await submit(investorInput))
    const partnerResult = await submitEnquiry({ payload, input: partnerInput, locale: 'ja', clientIp: clientIp(), partner: { ...partner, collection: 'partners' } as never })
    const partnerEnquiry = referenceOf(partnerResult)
    await drainEnquiryIntake(payload)
    const [investorDoc] = await storedFor(investorInput.email)
    const [partnerDoc] = await storedFor(partnerInput.email)
    expect(investorDoc?.reference).toBe(investorEnquiry)
    expect(partnerDoc?.reference).toBe(partnerEnquiry)

    const investorText = '工場用地の候補を三つほど拝見したいです。'
    const partnerText = 'On behalf of our client: could the site visit be in the week of the 14th?'
    const [investorReply, partnerReply] = await withDatabaseAway(async () => [
      await sendThreadReply({ payload, reference: investorEnquiry, reader: { investorKey: investorKeyFor(investorEnquiry) }, body: investorText, clientIp: clientIp(), locale: 'ja' }),
      await sendThreadReply({ payload, reference: partnerEnquiry, reader: { partner }, body: partnerText, clientIp: clientIp(), locale: 'en' }),
    ])
    // Received, in the sender's language; both kept in Redis for the database.
    expect(investorReply).toEqual({ isSent: true, isKept: true, notice: expect.stringContaining('ご返信を受け付けました') })
    expect(partnerReply).toEqual({ isSent: true, isKept: true, notice: expect.stringContaining('We have received your reply') })
    expect(await redis.hlen(SPOOL_ENTRIES)).toBe(2)

    // A wrong key is refused before anything is kept, database or not.
    const refused = await withDatabaseAway(() =>
      sendThreadReply({ payload, reference: investorEnquiry, reader: { investorKey: 'not-the-key' }, body: investorText, clientIp: clientIp(), locale: 'ja' }),
    )
    expect(refused.isSent).toBe(false)
    expect(await redis.hlen(SPOOL_ENTRIES)).toBe(2)

    await twoInstancesReplay()
    expect(await twoInstancesReplay()).toEqual({ submissions: 0, replies: 0 })
    expect(await redis.hlen(SPOOL_ENTRIES)).toBe(0)

    const threadOf = async (enquiryId: number) =>
      (await payload.find({ collection: COLLECTION_SLUGS.enquiryReplies, where: { enquiry: { equals: enquiryId } }, depth: 0, overrideAccess: true })).docs
    expect((await threadOf(investorDoc.id)).map((reply) => [reply.from, reply.body])).toEqual([['investor', investorText]])
    expect((await threadOf(partnerDoc.id)).map((reply) => [reply.from, reply.body])).toEqual([['partner', partnerText]])

    // The officers hear of each as of any reply from outside the bureau.
    const notices = await payload.find({
      collection: COLLECTION_SLUGS.outbox,
      where: { kind: { equals: 'investor-reply' }, enquiry: { in: [investorDoc.id, partnerDoc.id] } },
      depth: 0,
      overrideAccess: true,
      limit: 100,
    })
    expect(new Set(notices.docs.map((notice) => (typeof notice.enquiry === 'object' ? notice.enquiry?.id : notice.enquiry)))).toEqual(new Set([investorDoc.id, partnerDoc.id]))
  })
})
