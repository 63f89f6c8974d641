import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GLOBAL_SLUGS } from '@/collections/slugs'
import type { User } from '@/payload-types'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

describe('the site global', () => {
  let payload: Payload
  let editor: User

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await createStaffUser(payload, 'editor')
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale: 'zh', data: { name: '投资市北', _status: 'published' } })
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en', data: { name: 'Invest Shibei', _status: 'published' } })
  })

  afterAll(async () => {
    await deleteStaffUsers(payload)
  })

  it('is readable by the public in each locale', async () => {
    const en = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en', overrideAccess: false })
    const zh = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale: 'zh', overrideAccess: false })
    expect(en.name).toBe('Invest Shibei')
    expect(zh.name).toBe('投资市北')
  })

  it('falls back to Chinese in a locale with no translation', async () => {
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale: 'zh', data: { tagline: '在青岛主城区发现机会', _status: 'published' } })
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale: 'ja', data: { tagline: null, _status: 'published' } })
    const ja = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale: 'ja', fallbackLocale: 'zh', overrideAccess: false })
    expect(ja.tagline).toBe('在青岛主城区发现机会')
  })

  it('cannot be changed by an anonymous visitor', async () => {
    await expect(
      payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en', data: { name: 'Defaced' }, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const en = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en' })
    expect(en.name).toBe('Invest Shibei')
  })

  it('shows the public the published version, not a draft saved after it', async () => {
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en', data: { name: 'Unpublished rename' }, draft: true })
    const publicView = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en', overrideAccess: false })
    expect(publicView.name).toBe('Invest Shibei')
    const staffView = await payload.findGlobal({ slug: GLOBAL_SLUGS.site, locale: 'en', draft: true, user: editor, overrideAccess: false })
    expect(staffView.name).toBe('Unpublished rename')
  })

  it('can be changed by an editor', async () => {
    const updated = await payload.updateGlobal({
      slug: GLOBAL_SLUGS.site,
      locale: 'ko',
      data: { name: '스베이 투자 가이드', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('스베이 투자 가이드')
  })
})
