'use server'

import { redirect } from 'next/navigation'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { formActionArguments } from '@/lib/http/formActionArguments'
import { translatorFor } from '@/lib/i18n/translator'
import { getPortalPayload } from '@/lib/payload'
import { setPartnerSessionCookie } from '@/lib/partners/sessionCookie'
import { partnerSignInSchema, type PartnerSignInState } from '@/lib/partners/signInSchema'

/** Signs a partner in with Payload's own login (attempt limits and lock included) and sets its session cookie. */
export async function signInPartner(locale: string, _previous: PartnerSignInState, formData: FormData): Promise<PartnerSignInState> {
  const { locale: pageLocale } = formActionArguments(locale, formData)
  const t = await translatorFor(pageLocale)
  const email = String(formData.get('email') ?? '').slice(0, 254)
  const parsed = partnerSignInSchema.safeParse({ email, password: formData.get('password') })
  if (!parsed.success) return { email, error: t('partner.errors.missing') }

  const payload = await getPortalPayload()
  try {
    const { token } = await payload.login({ collection: COLLECTION_SLUGS.partners, data: parsed.data })
    if (!token) return { email, error: t('partner.errors.invalid') }
    await setPartnerSessionCookie(payload, token)
  } catch (error) {
    // Wrong credentials and a locked account both answer 401; the message covers both without saying which.
    if ((error as { status?: number }).status === 401) return { email, error: t('partner.errors.invalid') }
    payload.logger.error({ msg: 'Partner sign-in failed', err: error })
    return { email, error: t('partner.errors.unavailable') }
  }
  redirect(`/${pageLocale}/partner`)
}
