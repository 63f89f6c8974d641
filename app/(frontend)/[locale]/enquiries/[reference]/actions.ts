'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { investorPagePath } from '@/lib/enquiries/investorKey'
import { recordInvestorFeedback } from '@/lib/enquiries/investorFeedback'
import { sendThreadReply } from '@/lib/enquiries/threadReply'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { bookMeeting, cancelMeeting, type MeetingResult } from '@/lib/meetings/booking'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'

/** `kept`: the reply the database could not take yet, kept for it and shown back to its writer until it is on the thread. */
export type InvestorReplyFormState = { body: string; error: string | null; kept?: { body: string; notice: string } }

/**
 * The investor's reply from the private page: sent → the page again, with the reply on the thread; kept
 * while the database is away → the same page, saying so and showing what was sent (the page itself would
 * need the database); otherwise the error and the text.
 */
export async function replyToEnquiry(locale: string, reference: string, key: string, _previous: InvestorReplyFormState, formData: FormData): Promise<InvestorReplyFormState> {
  const body = formData.get('body')
  const text = typeof body === 'string' ? body : ''
  if (!isLocale(locale)) return { body: text, error: null }
  const result = await sendThreadReply({ payload: await getPortalPayload(), reference, reader: { investorKey: key }, body, clientIp: clientIpOf(await headers()), locale })
  if (result.isSent && result.isKept) return { body: '', error: null, kept: { body: text, notice: result.notice } }
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

/** Where the page's meeting section says what happened: booked, cancelled, or why not (lib/meetings/booking.ts). */
function meetingOutcomePath(locale: Locale, reference: string, key: string, result: MeetingResult, done: 'booked' | 'cancelled'): string {
  return `${investorPagePath(locale, reference, key)}&meeting=${result.isDone ? done : result.reason}#meeting`
}

/** The investor books the slot they picked, from a plain form (no JavaScript needed); the page then shows the meeting, or why not. */
export async function bookMeetingAction(locale: string, reference: string, key: string, formData: FormData): Promise<void> {
  if (!isLocale(locale)) return
  const result = await bookMeeting({ payload: await getPortalPayload(), reference, key, slot: formData.get('slot'), clientIp: clientIpOf(await headers()), locale })
  redirect(meetingOutcomePath(locale, reference, key, result, 'booked'))
}

/** The investor cancels their meeting: the slot is free again and the officer is told. */
export async function cancelMeetingAction(locale: string, reference: string, key: string): Promise<void> {
  if (!isLocale(locale)) return
  const result = await cancelMeeting({ payload: await getPortalPayload(), reference, key, clientIp: clientIpOf(await headers()), locale })
  redirect(meetingOutcomePath(locale, reference, key, result, 'cancelled'))
}
