import { readLinkRequest, seeOther } from '@/lib/alerts/linkRequest'
import { unsubscribeFromAlerts } from '@/lib/alerts/subscriptions'
import { getPortalPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/**
 * `POST /api/alerts/unsubscribe?s=…&key=…`: the `List-Unsubscribe` address of every alert. A mail
 * client's one-click request (RFC 8058, body `List-Unsubscribe=One-Click`) is answered 200 with no page;
 * the unsubscribe page's button (which adds the page's language) lands back on that page with the outcome.
 * A wrong key unsubscribes nobody.
 */
export async function POST(request: Request): Promise<Response> {
  const { subscriberId, secret, pageLocale } = await readLinkRequest(request)
  const isDone = subscriberId !== null && (await unsubscribeFromAlerts({ payload: await getPortalPayload(), subscriberId, key: secret }))
  if (pageLocale) return seeOther(`/${pageLocale}/alerts/unsubscribe?result=${isDone ? 'done' : 'invalid'}`)
  return new Response(null, { status: isDone ? 200 : 400, headers: { 'cache-control': 'no-store' } })
}
