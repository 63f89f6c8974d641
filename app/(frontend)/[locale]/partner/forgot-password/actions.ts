'use server'

import { createLocalReq } from 'payload'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { composeEmail } from '@/lib/email/compose'
import { enqueueEmail } from '@/lib/email/outbox'
import { translatorFor } from '@/lib/i18n/translator'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { getPortalPayload } from '@/lib/payload'
import { type PasswordFormState, passwordResetRequestSchema } from '@/lib/partners/passwordSchemas'
import { absoluteUrl } from '@/lib/seo/siteUrl'

/**
 * Sends a reset link through the outbox, in the page's language. The answer is the same whether or not
 * the address has an account, so the form cannot be used to find out who is a partner.
 */
export async function requestPartnerPasswordReset(locale: string, _previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const pageLocale = isLocale(locale) ? locale : DEFAULT_LOCALE
  const t = await translatorFor(pageLocale)
  const email = String(formData.get('email') ?? '').slice(0, 254)
  const parsed = passwordResetRequestSchema.safeParse({ email })
  if (!parsed.success) return { email, isDone: false, error: t('enquire.errors.email') }

  const payload = await getPortalPayload()
  try {
    const req = await createLocalReq({}, payload)
    const token = await payload.forgotPassword({ collection: COLLECTION_SLUGS.partners, data: parsed.data, disableEmail: true, req })
    if (token) {
      const url = absoluteUrl(`/${pageLocale}/partner/reset-password?token=${encodeURIComponent(token)}`)
      await enqueueEmail({
        req,
        to: parsed.data.email,
        kind: 'partner-password-reset',
        content: composeEmail({ subject: t('partner.email.resetSubject'), paragraphs: t('partner.email.resetBody', { url }).split('\n\n'), lang: pageLocale }),
      })
    }
  } catch (error) {
    payload.logger.error({ msg: 'Partner password reset could not be requested', err: error })
    return { email, isDone: false, error: t('partner.errors.unavailable') }
  }
  return { email, isDone: true, error: null }
}
