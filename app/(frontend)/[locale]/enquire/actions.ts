'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { type EnquiryFormState, formValuesOf } from '@/lib/enquiries/formState'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'

/** The public enquiry form's submission: accepted → the thank-you page; otherwise the form again, errors beside the fields. */
export async function sendEnquiry(locale: string, _previous: EnquiryFormState, formData: FormData): Promise<EnquiryFormState> {
  const pageLocale = isLocale(locale) ? locale : DEFAULT_LOCALE
  const input = Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === 'string'))
  const result = await submitEnquiry({
    payload: await getPortalPayload(),
    input,
    locale: pageLocale,
    clientIp: clientIpOf(await headers()),
  })
  if (result.isAccepted) redirect(`/${pageLocale}/enquire/thanks?ref=${encodeURIComponent(result.reference)}`)
  return {
    values: formValuesOf(formData),
    fieldErrors: result.fieldErrors,
    formError: result.formError,
    // A refused submission created nothing, so the next attempt may carry a new key.
    idempotencyKey: crypto.randomUUID(),
  }
}
