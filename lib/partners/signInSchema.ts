import { z } from 'zod'

/** The partner sign-in form; each error's message is a key of `partner.errors`. */
export const partnerSignInSchema = z.object({
  email: z.string({ message: 'missing' }).trim().min(1, { message: 'missing' }).max(254, { message: 'missing' }),
  password: z.string({ message: 'missing' }).min(1, { message: 'missing' }).max(200, { message: 'missing' }),
})

export type PartnerSignInState = { email: string; error: string | null }
