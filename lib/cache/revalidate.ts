import { createHmac } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { forgetCachedResponses } from './responseCache.mjs'

export const REVALIDATE_ROUTE = '/api/revalidate'

/** Proof that a revalidation request comes from this deployment: an HMAC of the tags under the secret. */
export function signTags(tags: string[]): string {
  return createHmac('sha256', process.env.PAYLOAD_SECRET ?? '').update(tags.join('\n')).digest('hex')
}

/**
 * Marks tagged portal data stale so the next visit renders fresh content, in every locale. Inside a
 * request (an edit in the admin) Next does it directly. A scheduled publish runs in a job, outside any
 * request, where Next refuses: the server then asks its own revalidation route. A script with no server
 * (seed, migrate) has no cache to refresh.
 */
export async function revalidateTags(tags: string[]): Promise<void> {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    forgetCachedResponses()
  } catch (error) {
    if (!isOutsideRequest(error)) throw error
    if (process.env.NEXT_RUNTIME !== 'nodejs') return
    await fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}${REVALIDATE_ROUTE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-signature': signTags(tags) },
      body: JSON.stringify({ tags }),
    })
  }
}

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store|outside a request scope|incrementalCache|workStore/i.test(error.message)
}
