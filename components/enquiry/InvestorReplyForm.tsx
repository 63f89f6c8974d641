'use client'

import { usePageActionState } from '@/components/forms/usePageActionState'
import { ENQUIRY_LIMITS } from '@/lib/enquiries/formFields'

type State = { body: string; error: string | null; kept?: { body: string; notice: string } }

type Texts = { label: string; hint: string; submit: string; sending: string }

/** The investor's reply box on their enquiry's page; a plain form posting to a server action, so it works without JavaScript. */
export function InvestorReplyForm({ action, texts }: { action: (state: State, formData: FormData) => Promise<State>; texts: Texts }) {
  const [state, formAction, isPending] = usePageActionState(action, { body: '', error: null })
  return (
    <form action={formAction} className="mt-4" noValidate>
      {state.kept ? (
        // Kept while the database is away: the page cannot show the thread, so it shows what was sent.
        <div id="reply-kept" role="status" className="mb-4 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900" data-testid="reply-kept">
          <p>{state.kept.notice}</p>
          <blockquote className="mt-2 border-l-4 border-sea-200 pl-3 whitespace-pre-wrap text-ink">{state.kept.body}</blockquote>
        </div>
      ) : null}
      <label htmlFor="reply-body" className="block text-sm font-semibold text-ink">
        {texts.label}
      </label>
      <p id="reply-body-hint" className="mt-1 text-sm text-ink-muted">
        {texts.hint}
      </p>
      <textarea
        id="reply-body"
        name="body"
        rows={6}
        required
        maxLength={ENQUIRY_LIMITS.message}
        defaultValue={state.body}
        key={state.body}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? 'reply-body-hint reply-body-error' : 'reply-body-hint'}
        className="mt-1.5 block w-full rounded-lg border border-line bg-paper px-3 py-2.5 text-base text-ink shadow-sm focus:border-sea-500 aria-[invalid=true]:border-red-700"
      />
      {state.error ? (
        <p id="reply-body-error" role="alert" className="mt-1.5 text-sm font-semibold text-red-700">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={isPending} className="mt-4 rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900 disabled:opacity-60">
        {isPending ? texts.sending : texts.submit}
      </button>
    </form>
  )
}
