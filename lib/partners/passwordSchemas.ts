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

export type PasswordFormState = { email: string; isDone: boolean; error: string | null }
