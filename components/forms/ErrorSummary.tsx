'use client'

import { useEffect, useRef } from 'react'

type Props = {
  /** What the form refused, in the page's language; nothing while there is no refusal. */
  message: string | null | undefined
  /** A new value with each answer (the action's state, the browser's own check): a refusal takes focus again even when worded as the last one. */
  answer: unknown
}

/**
 * A form's summary of what it refused. It is announced (role="alert") and takes the focus when a refusal
 * arrives, from the server or from the browser's own check, so that a visitor on a keyboard or a screen
 * reader starts from it, then goes on to the fields it names (GOV.UK's error summary works so). Without a
 * refusal it stays in the page, hidden, so that the next one is announced as a change.
 */
export function ErrorSummary({ message, answer }: Props) {
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (message) summary.current?.focus()
  }, [message, answer])
  return (
    <div ref={summary} tabIndex={-1} role="alert" className={message ? 'rounded-lg border border-red-700 bg-red-50 p-4 text-red-900' : 'sr-only'}>
      {message}
    </div>
  )
}
