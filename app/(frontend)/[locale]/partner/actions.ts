'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, logoutOperation } from 'payload'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { type EnquiryFormState, refusedFormState, submittedInput } from '@/lib/enquiries/formState'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { formActionArguments } from '@/lib/http/formActionArguments'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { getPortalPayload } from '@/lib/payload'
import { findSignedInPartner } from '@/lib/partners/session'
import { clearPartnerSessionCookie } from '@/lib/partners/sessionCookie'
import { clientIpOf } from '@/lib/runtime/clientIp'

/** A signed-in partner's enquiry for a client: the partner is set on the server, never taken from the form. */
export async function sendPartnerEnquiry(locale: string, _previous: EnquiryFormState, formData: FormData): Promise<EnquiryFormState> {
  const { locale: pageLocale } = formActionArguments(locale, formData)
  const partner = await findSignedInPartner()
  if (!partner) redirect(`/${pageLocale}/partner/sign-in`)
  const result = await submitEnquiry({
    payload: await getPortalPayload(),
    input: submittedInput(formData),
    locale: pageLocale,
    clientIp: clientIpOf(await headers()),
    partner: { ...partner, collection: COLLECTION_SLUGS.partners },
  })
  if (result.isAccepted) redirect(`/${pageLocale}/partner?sent=${encodeURIComponent(result.reference)}`)
  return refusedFormState(formData, result)
}

/** Ends the partner's session on the server (Payload's session list) and removes the cookie. */
export async function signOutPartner(locale: string): Promise<void> {
  const pageLocale = isLocale(locale) ? locale : DEFAULT_LOCALE
  const payload = await getPortalPayload()
  const partner = await findSignedInPartner()
  if (partner) {
    const req = await createLocalReq({ user: { ...partner, collection: COLLECTION_SLUGS.partners } }, payload)
    await logoutOperation({ collection: payload.collections[COLLECTION_SLUGS.partners], req }).catch((error: unknown) =>
      payload.logger.error({ msg: 'Partner sign-out could not end the session', err: error }),
    )
  }
  await clearPartnerSessionCookie(payload)
  redirect(`/${pageLocale}/partner/sign-in`)
}
