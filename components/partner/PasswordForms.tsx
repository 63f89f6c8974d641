'use client'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { usePageActionState } from '@/components/forms/usePageActionState'
import { PARTNER_PASSWORD_MIN_LENGTH } from '@/lib/partners/passwordRules'
import type { PasswordFormState } from '@/lib/partners/passwordSchemas'

type Action = (state: PasswordFormState, formData: FormData) => Promise<PasswordFormState>

// The forms get their words as props, made on the server: next-intl's client runtime would add about
// 12 KB of JavaScript to each page for them. They do not let the browser check the fields (`noValidate`):
// its messages are in the browser's language, the server's in the page's.

const inputClass = 'mt-1.5 block w-full rounded-lg border border-line bg-paper px-3 py-2.5 text-base text-ink shadow-sm focus:border-sea-500'
const buttonClass = 'w-full rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900 disabled:opacity-70'
const INITIAL: PasswordFormState = { email: '', isDone: false, error: null }

/** Asks for a reset link; afterwards says the same thing whether or not the address has an account. */
export function ForgotPasswordForm({ action, texts }: { action: Action; texts: { sent: string; email: string; submit: string } }) {
  const [state, formAction, isPending] = usePageActionState(action, INITIAL)
  if (state.isDone) {
    return (
      <p role="status" className="mt-8 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
        {texts.sent}
      </p>
    )
  }
  return (
    <form action={formAction} noValidate className="mt-8 space-y-5">
      <ErrorSummary message={state.error} answer={state} />
      <div>
        <label htmlFor="partner-reset-email" className="block text-sm font-semibold text-ink">
          {texts.email}
        </label>
        <input id="partner-reset-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} className={inputClass} />
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {texts.submit}
      </button>
    </form>
  )
}

/** Chooses the new password; the token travels in a hidden field from the e-mailed link. */
export function ResetPasswordForm({ action, token, texts }: { action: Action; token: string; texts: { password: string; hint: string; confirm: string; submit: string } }) {
  const [state, formAction, isPending] = usePageActionState(action, INITIAL)
  return (
    <form action={formAction} noValidate className="mt-8 space-y-5">
      <ErrorSummary message={state.error} answer={state} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="partner-new-password" className="block text-sm font-semibold text-ink">
          {texts.password}
        </label>
        <input id="partner-new-password" name="password" type="password" autoComplete="new-password" required minLength={PARTNER_PASSWORD_MIN_LENGTH} aria-describedby="partner-new-password-hint" className={inputClass} />
        <p id="partner-new-password-hint" className="mt-1 text-sm text-ink-muted">
          {texts.hint}
        </p>
      </div>
      <div>
        <label htmlFor="partner-confirm-password" className="block text-sm font-semibold text-ink">
          {texts.confirm}
        </label>
        <input id="partner-confirm-password" name="confirm" type="password" autoComplete="new-password" required className={inputClass} />
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        {texts.submit}
      </button>
    </form>
  )
}
