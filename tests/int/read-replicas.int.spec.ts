import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { ThrowawayDatabase } from '@/scripts/lib/database-copies'
import { copyTemplateDatabase, fileDatabaseUri } from './database'

const REPLICA_ONLY = { slug: 'replica-only-project', title: '只在只读副本上的项目' }

async function onDatabase<T extends pg.QueryResultRow>(uri: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

// The "replica" is a second database on the same server with the same schema and one project the
// primary does not have: a read that finds it came from the replica, whatever else runs meanwhile.
describe('DATABASE_REPLICA_URIS', () => {
  let replica: ThrowawayDatabase
  let payload: Payload

  beforeAll(async () => {
    replica = await copyTemplateDatabase()
    const [project] = await onDatabase<{ id: number }>(
      replica.uri,
      `insert into projects (slug, published_at) values ($1, now()) returning id`,
      [REPLICA_ONLY.slug],
    )
    await onDatabase(replica.uri, `insert into projects_locales (_locale, _parent_id, title, _status) values ('zh', $1, $2, 'published')`, [project.id, REPLICA_ONLY.title])
    // Spaces and empty items, as a hand-edited .env has them, are ignored.
    process.env.DATABASE_REPLICA_URIS = ` ${replica.uri}, `
    // The config reads the variable when it is first imported, which must be now.
    const { getTestPayload } = await import('./payload')
    payload = await getTestPayload()
  }, 120_000)

  afterAll(async () => {
    delete process.env.DATABASE_REPLICA_URIS
    // Dropping the database ends the replica pools' connections; their idle clients' errors are expected.
    const replicas = (payload?.db.drizzle as unknown as { $replicas?: { $client: pg.Pool }[] } | undefined)?.$replicas ?? []
    for (const drizzle of replicas) drizzle.$client.on('error', () => {})
    await replica?.destroy()
  })

  it('sends the portal’s reads to the replica', async () => {
    // For two seconds after any write (a job's, say) the adapter reads from the primary: ask again
    // until that window has passed, at most five seconds.
    const readTitle = async () =>
      (
        await payload.find({
          collection: COLLECTION_SLUGS.projects,
          where: { slug: { equals: REPLICA_ONLY.slug } },
          locale: 'zh',
          overrideAccess: false,
          limit: 1,
        })
      ).docs[0]?.title
    let title = await readTitle()
    for (let attempt = 0; attempt < 10 && title === undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      title = await readTitle()
    }
    expect(title).toBe(REPLICA_ONLY.title)
  })

  it('sends writes to the primary only', async () => {
    const slug = `written-to-primary-${Date.now()}`
    await payload.create({ collection: COLLECTION_SLUGS.projects, data: { title: '写入主库的项目', slug, _status: 'draft' }, locale: 'zh' })
    const countOn = async (uri: string) => (await onDatabase<{ count: string }>(uri, 'select count(*) from projects where slug = $1', [slug]))[0].count
    expect(await countOn(fileDatabaseUri())).toBe('1')
    expect(await countOn(replica.uri)).toBe('0')
  })
})
