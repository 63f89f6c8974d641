import { usePathname, useSearchParams } from 'next/navigation'
import { useActionState } from 'react'

/**
 * `useActionState` for a form whose server action should, without JavaScript, post to the page the form
 * is on. Without a permalink React writes `action=""`, which the HTML standard forbids (a form's action
 * must be a non-empty URL); with it, the page's own address, query included, so that the answer is the
 * same page with what was typed.
 */
export function usePageActionState<State>(
  action: (state: Awaited<State>, formData: FormData) => State | Promise<State>,
  initialState: Awaited<State>,
): [state: Awaited<State>, formAction: (formData: FormData) => void, isPending: boolean] {
  const pathname = usePathname()
  const query = useSearchParams().toString()
  return useActionState(action, initialState, query ? `${pathname}?${query}` : pathname)
}
