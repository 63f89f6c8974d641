'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { investorPagePath } from '@/lib/enquiries/investorKey'
import { recordInvestorFeedback } from '@/lib/enquiries/investorFeedback'
import { sendThreadReply } from '@/lib/enquiries/threadReply'
import { isLocale } from '@/lib/i18n/locales'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'

export type InvestorReplyFormState = { body: string; error: string | null }

/** The investor's reply from the private page: sent → the page again, with the reply on the thread; otherwise the error and the text. */
export async function replyToEnquiry(locale: string, reference: string, key: string, _previous: InvestorReplyFormState, formData: FormData): Promise<InvestorReplyFormState> {
  const body = formData.get('body')
  const text = typeof body === 'string' ? body : ''
  if (!isLocale(locale)) return { body: text, error: null }
  const result = await sendThreadReply({ payload: await getPortalPayload(), reference, reader: { investorKey: key }, body, clientIp: clientIpOf(await headers()), locale })
  if (result.isSent) redirect(`${investorPagePath(locale, reference, key)}&sent=1#reply-sent`)
  return { body: text, error: result.error }
}

/**
 * The investor's answer to the follow-up, from a plain form (no JavaScript needed): recorded → the page
 * again, showing it; refused → the page again, saying so. The answer is one of two buttons: nothing typed is lost.
 */
export async function answerFollowUp(locale: string, reference: string, key: string, formData: FormData): Promise<void> {
  if (!isLocale(locale)) return
  const result = await recordInvestorFeedback({ payload: await getPortalPayload(), reference, key, answer: formData.get('answer'), clientIp: clientIpOf(await headers()), locale })
  redirect(`${investorPagePath(locale, reference, key)}${result.isRecorded ? '' : '&feedback=failed'}#feedback`)
}
