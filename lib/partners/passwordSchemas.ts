import { z } from 'zod'

import { PARTNER_PASSWORD_MIN_LENGTH } from './passwordRules'

/** Each error's message is a key of `partner.errors` (or `enquire.errors` for the e-mail). */
export const passwordResetRequestSchema = z.object({ email: z.string().trim().max(254).pipe(z.email({ message: 'email' })) })

export const newPasswordSchema = z
  .object({
    token: z.string().min(1, { message: 'resetExpired' }).max(200, { message: 'resetExpired' }),
    password: z.string().min(PARTNER_PASSWORD_MIN_LENGTH, { message: 'passwordTooShort' }).max(200, { message: 'passwordTooShort' }),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: 'passwordMismatch', path: ['confirm'] })

/** The `partner.errors` keys a refused new password is shown with. */
type NewPasswordErrorKey = 'resetExpired' | 'passwordTooShort' | 'passwordMismatch'

/** Why a new password was refused, as the key of its message: the first issue's, which the schema above names. */
export function newPasswordErrorKeyOf(error: z.ZodError): NewPasswordErrorKey {
  return error.issues[0].message as NewPasswordErrorKey
}

export type PasswordFormState = { email: string; isDone: boolean; error: string | null }
