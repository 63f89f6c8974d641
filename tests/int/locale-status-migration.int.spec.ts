import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/lib/i18n/locales'
import * as columnsPerLocale from '@/migrations/20261125_033452_status_per_locale'
import * as oldColumnsDropped from '@/migrations/20261205_005055_localize_status'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'

/** What an anonymous visitor gets from the REST API for a project in a locale: its title, or null for a 404. */
async function publicTitle(id: number, locale: Locale): Promise<string | null> {
  const response = await handleEndpoints({ config, request: new Request(`http://localhost/api/projects/${id}?locale=${locale}&depth=0`) })
  if (response.status === 404) return null
  return ((await response.json()) as { title: string }).title
}

// This file's database is its own copy of the migrated template: taking the two migrations back and
// forth here touches no other file's data.
describe('the migration to a publication status per locale', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('keeps every published document published in every locale, and every draft a draft', async () => {
    const db = payload.db.drizzle
    const args = { db, payload, req: await createLocalReq({}, payload) } as unknown as Parameters<typeof columnsPerLocale.up>[0]
    await oldColumnsDropped.down(args)
    await columnsPerLocale.down(args)

    // As documents were stored before: one status for the whole document.
    const suffix = uniqueSuffix()
    const rows = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rows as { id: number }[]
    const [published] = await rows(sql`insert into projects (slug, _status, published_at) values (${`m-published-${suffix}`}, 'published', now()) returning id`)
    await db.execute(sql`insert into projects_locales (_locale, _parent_id, title) values ('zh', ${published.id}, ${`迁移前已发布 ${suffix}`}), ('en', ${published.id}, ${`Published before ${suffix}`})`)
    // Its latest version a draft of a change, which Payload's own migration would take for the status.
    const versions = await rows(sql`insert into _projects_v (parent_id, version__status, latest, created_at, updated_at)
      values (${published.id}, 'published', false, now() - interval '1 hour', now() - interval '1 hour'), (${published.id}, 'draft', true, now(), now()) returning id`)
    for (const version of versions) await db.execute(sql`insert into _projects_v_locales (_locale, _parent_id, version_title) values ('zh', ${version.id}, ${`迁移前已发布 ${suffix}`})`)
    const [draft] = await rows(sql`insert into projects (slug, _status) values (${`m-draft-${suffix}`}, 'draft') returning id`)
    await db.execute(sql`insert into projects_locales (_locale, _parent_id, title) values ('zh', ${draft.id}, ${`迁移前草稿 ${suffix}`})`)

    await columnsPerLocale.up(args)
    await oldColumnsDropped.up(args)

    expect(await publicTitle(published.id, 'zh')).toBe(`迁移前已发布 ${suffix}`)
    expect(await publicTitle(published.id, 'en')).toBe(`Published before ${suffix}`)
    expect(await publicTitle(published.id, 'ja')).toBe(`迁移前已发布 ${suffix}`)
    expect(await publicTitle(published.id, 'ko')).toBe(`迁移前已发布 ${suffix}`)
    for (const locale of ['zh', 'en'] as const) expect(await publicTitle(draft.id, locale)).toBeNull()
    const latest = await db.execute(sql`select _locale, version__status from _projects_v_locales where _parent_id = ${versions[1].id} order by _locale`)
    expect(latest.rows.map((row) => row.version__status)).toEqual(['draft', 'draft', 'draft', 'draft'])
  })
})
