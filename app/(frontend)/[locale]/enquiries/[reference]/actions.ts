'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { investorPagePath } from '@/lib/enquiries/investorKey'
import { sendInvestorReply } from '@/lib/enquiries/investorReply'
import { isLocale } from '@/lib/i18n/locales'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'

export type InvestorReplyFormState = { body: string; error: string | null }

/** The investor's reply from the private page: sent → the page again, with the reply on the thread; otherwise the error and the text. */
export async function replyToEnquiry(locale: string, reference: string, key: string, _previous: InvestorReplyFormState, formData: FormData): Promise<InvestorReplyFormState> {
  const body = formData.get('body')
  const text = typeof body === 'string' ? body : ''
  if (!isLocale(locale)) return { body: text, error: null }
  const result = await sendInvestorReply({ payload: await getPortalPayload(), reference, key, body, clientIp: clientIpOf(await headers()), locale })
  if (result.isSent) redirect(`${investorPagePath(locale, reference, key)}&sent=1#reply-sent`)
  return { body: text, error: result.error }
}
