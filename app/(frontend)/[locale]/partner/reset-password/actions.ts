'use server'

import { redirect } from 'next/navigation'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { formActionArguments } from '@/lib/http/formActionArguments'
import { translatorFor } from '@/lib/i18n/translator'
import { getPortalPayload } from '@/lib/payload'
import { newPasswordErrorKeyOf, newPasswordSchema, type PasswordFormState } from '@/lib/partners/passwordSchemas'

/** Sets the new password with the e-mailed token (single use, one hour), then back to sign-in. */
export async function resetPartnerPassword(locale: string, _previous: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const { locale: pageLocale } = formActionArguments(locale, formData)
  const t = await translatorFor(pageLocale)
  const parsed = newPasswordSchema.safeParse({ token: formData.get('token'), password: formData.get('password'), confirm: formData.get('confirm') })
  if (!parsed.success) return { email: '', isDone: false, error: t(`partner.errors.${newPasswordErrorKeyOf(parsed.error)}`) }

  const payload = await getPortalPayload()
  try {
    await payload.resetPassword({
      collection: COLLECTION_SLUGS.partners,
      data: { token: parsed.data.token, password: parsed.data.password },
      overrideAccess: true,
    })
  } catch {
    return { email: '', isDone: false, error: t('partner.errors.resetExpired') }
  }
  redirect(`/${pageLocale}/partner/sign-in?reset=done`)
}
