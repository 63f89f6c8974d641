import { timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { isCacheTag } from '@/lib/cache/tags'
import { signTags } from '@/lib/cache/revalidate'

/** Revalidation asked by this deployment's own jobs (see lib/cache/revalidate.ts), signed with its secret. */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags : []
  if (tags.length === 0 || tags.length > 50 || !tags.every(isCacheTag)) {
    return Response.json({ error: 'tags must be a list of cache tags' }, { status: 400 })
  }
  const expected = Buffer.from(signTags(tags))
  const given = Buffer.from(request.headers.get('x-revalidate-signature') ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'bad signature' }, { status: 403 })
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
