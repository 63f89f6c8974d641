'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { investorKeyFor } from '@/lib/enquiries/investorKey'
import { submitEnquiry } from '@/lib/enquiries/submitEnquiry'
import { type EnquiryFormState, refusedFormState, submittedInput } from '@/lib/enquiries/formState'
import { formActionArguments } from '@/lib/http/formActionArguments'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'

/** The public enquiry form's submission: accepted → the thank-you page, with the key of the enquiry's private page; otherwise the form again, errors beside the fields. */
export async function sendEnquiry(locale: string, _previous: EnquiryFormState, formData: FormData): Promise<EnquiryFormState> {
  const { locale: pageLocale } = formActionArguments(locale, formData)
  const result = await submitEnquiry({
    payload: await getPortalPayload(),
    input: submittedInput(formData),
    locale: pageLocale,
    clientIp: clientIpOf(await headers()),
  })
  if (result.isAccepted) {
    const { reference } = result
    redirect(`/${pageLocale}/enquire/thanks?ref=${encodeURIComponent(reference)}&key=${encodeURIComponent(investorKeyFor(reference))}`)
  }
  return refusedFormState(formData, result)
}
