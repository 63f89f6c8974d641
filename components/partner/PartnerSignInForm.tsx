'use client'

import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { usePageActionState } from '@/components/forms/usePageActionState'
import type { PartnerSignInState } from '@/lib/partners/signInSchema'

type Props = {
  action: (state: PartnerSignInState, formData: FormData) => Promise<PartnerSignInState>
  /** Its words, made on the server: next-intl's client runtime would add about 12 KB of JavaScript for them. */
  texts: { email: string; password: string; submit: string }
}

const inputClass = 'mt-1.5 block w-full rounded-lg border border-line bg-paper px-3 py-2.5 text-base text-ink shadow-sm focus:border-sea-500'

/**
 * Works without JavaScript (a server action); the password is never sent back to the page. The server
 * checks the fields (`noValidate`), so that a blank one is answered in the page's language.
 */
export function PartnerSignInForm({ action, texts }: Props) {
  const [state, formAction, isPending] = usePageActionState(action, { email: '', error: null })
  return (
    <form action={formAction} noValidate className="mt-8 space-y-5">
      <ErrorSummary message={state.error} answer={state} />
      <div>
        <label htmlFor="partner-email" className="block text-sm font-semibold text-ink">
          {texts.email}
        </label>
        <input id="partner-email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className={inputClass} />
      </div>
      <div>
        <label htmlFor="partner-password" className="block text-sm font-semibold text-ink">
          {texts.password}
        </label>
        <input id="partner-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button type="submit" disabled={isPending} className="w-full rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900 disabled:opacity-70">
        {texts.submit}
      </button>
    </form>
  )
}
