'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { InvestorReplyFormState } from '@/app/(frontend)/[locale]/enquiries/[reference]/actions'
import { sendThreadReply } from '@/lib/enquiries/threadReply'
import { isDatabaseReachable } from '@/lib/db/databaseUnavailable'
import { isLocale } from '@/lib/i18n/locales'
import { translatorFor } from '@/lib/i18n/translator'
import { getPortalPayload } from '@/lib/payload'
import { findSignedInPartner } from '@/lib/partners/session'
import { clientIpOf } from '@/lib/runtime/clientIp'

/** A partner's reply on its client's enquiry: sent → the thread again, with the reply on it; otherwise the error and the text. */
export async function replyAsPartner(locale: string, reference: string, _previous: InvestorReplyFormState, formData: FormData): Promise<InvestorReplyFormState> {
  const body = formData.get('body')
  const text = typeof body === 'string' ? body : ''
  if (!isLocale(locale)) return { body: text, error: null }
  const payload = await getPortalPayload()
  const partner = await findSignedInPartner()
  if (!partner) {
    // The session is checked against the database: while it is away, the partner is told so and keeps the text.
    if (!(await isDatabaseReachable(payload))) return { body: text, error: (await translatorFor(locale))('enquire.errors.unavailable') }
    redirect(`/${locale}/partner/sign-in`)
  }
  const result = await sendThreadReply({ payload, reference, reader: { partner }, body, clientIp: clientIpOf(await headers()), locale })
  if (result.isSent && result.isKept) return { body: '', error: null, kept: { body: text, notice: result.notice } }
  if (result.isSent) redirect(`/${locale}/partner/enquiries/${encodeURIComponent(reference)}?sent=1#reply-sent`)
  return { body: text, error: result.error }
}
