import { cookies } from 'next/headers'
import { generatePayloadCookie, type Payload } from 'payload'

import { COLLECTION_SLUGS } from '@/collections/slugs'

/**
 * Payload's session cookie for a partner, with the partners collection's own settings: HttpOnly,
 * SameSite=Lax, Secure in production, expiring with the token.
 */
export async function setPartnerSessionCookie(payload: Payload, token: string): Promise<void> {
  const cookie = generatePayloadCookie({
    collectionAuthConfig: payload.collections[COLLECTION_SLUGS.partners].config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
    returnCookieAsObject: true as const,
  })
  ;(await cookies()).set({
    name: cookie.name,
    value: cookie.value ?? '',
    httpOnly: true,
    secure: Boolean(cookie.secure),
    sameSite: 'lax',
    path: '/',
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
  })
}

export async function clearPartnerSessionCookie(payload: Payload): Promise<void> {
  ;(await cookies()).delete({ name: `${payload.config.cookiePrefix}-token`, path: '/' })
}
