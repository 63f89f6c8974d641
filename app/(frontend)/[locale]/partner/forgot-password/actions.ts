'use server'

import { createLocalReq } from 'payload'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { composeEmail } from '@/lib/email/compose'
import { enqueueEmail } from '@/lib/email/outbox'
import { SECRET_MARK } from '@/lib/email/sealedSecret'
import { formActionArguments } from '@/lib/http/formActionArguments'
import { translatorFor } from '@/lib/i18n/translator'
import { getPortalPayload } from '@/lib/payload'
import { type PasswordFormState, passwordResetRequestSchema } from '@/lib/partners/passwordSchemas'
import { absoluteUrl } from '@/lib/seo/siteUrl'

/**
 * Sends a reset link through the outbox, in the page's language. The answer is the same whether or not
 * the address has an account, so the form cannot be used to find out who is a partner.
 */
export async function requestPartnerPasswordReset(locale: string, _previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const { locale: pageLocale } = formActionArguments(locale, formData)
  const t = await translatorFor(pageLocale)
  const email = String(formData.get('email') ?? '').slice(0, 254)
  const parsed = passwordResetRequestSchema.safeParse({ email })
  if (!parsed.success) return { email, isDone: false, error: t('enquire.errors.email') }

  const payload = await getPortalPayload()
  try {
    const req = await createLocalReq({}, payload)
    const token = await payload.forgotPassword({ collection: COLLECTION_SLUGS.partners, data: parsed.data, disableEmail: true, req })
    if (token) {
      // The outbox, which officers read, holds the link with a mark in place of the token; the token
      // itself is sealed beside it and put in only as the message leaves (lib/email/sealedSecret.ts).
      const url = absoluteUrl(`/${pageLocale}/partner/reset-password?token=${SECRET_MARK}`)
      const paragraphs = t('partner.email.resetBody', { url })
        .split('\n\n')
        .map((text) => (text.includes(url) ? { text, link: url } : text))
      await enqueueEmail({
        req,
        to: parsed.data.email,
        kind: 'partner-password-reset',
        content: composeEmail({ subject: t('partner.email.resetSubject'), paragraphs, lang: pageLocale }),
        secret: encodeURIComponent(token),
      })
    }
  } catch (error) {
    payload.logger.error({ msg: 'Partner password reset could not be requested', err: error })
    return { email, isDone: false, error: t('partner.errors.unavailable') }
  }
  return { email, isDone: true, error: null }
}
