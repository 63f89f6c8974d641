import { readLinkRequest, seeOther } from '@/lib/alerts/linkRequest'
import { confirmAlertSubscription } from '@/lib/alerts/subscriptions'
import { getPortalPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/**
 * `POST /api/alerts/confirm` from the confirmation page's button (subscriber, secret and the page's
 * language as form fields): confirms the subscription, then back to that page with the outcome.
 */
export async function POST(request: Request): Promise<Response> {
  const { subscriberId, secret, locale } = await readLinkRequest(request)
  const result = subscriberId === null ? 'invalid' : await confirmAlertSubscription({ payload: await getPortalPayload(), subscriberId, token: secret })
  return seeOther(`/${locale}/alerts/confirm?result=${result}`)
}
