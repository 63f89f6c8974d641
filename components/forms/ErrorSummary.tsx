'use client'

import { type MouseEvent, useEffect, useRef } from 'react'

/** One refused field, as the summary names it: the field's id and what is wrong, with the field's name. */
export type ErrorSummaryItem = { target: string; text: string }

type Props = {
  /** What the form refused, in the page's language; nothing while there is no refusal. */
  message: string | null | undefined
  /** A new value with each answer (the action's state, the browser's own check): a refusal takes focus again even when worded as the last one. */
  answer: unknown
  /** The refused fields in the form's order, each a link to its field. */
  items?: readonly ErrorSummaryItem[]
}

/**
 * A form's summary of what it refused. It is announced (role="alert") and takes the focus when a refusal
 * arrives, from the server or from the browser's own check, so that a visitor on a keyboard or a screen
 * reader starts from it, then goes on to the fields it lists, each a link to its field (GOV.UK's error
 * summary works so). Without a refusal it stays in the page, hidden, so that the next one is announced as
 * a change.
 */
export function ErrorSummary({ message, answer, items = [] }: Props) {
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (message) summary.current?.focus()
  }, [message, answer])
  return (
    <div ref={summary} tabIndex={-1} role="alert" className={message ? 'rounded-lg border border-red-700 bg-red-50 p-4 text-red-900' : 'sr-only'}>
      {message ? <p className="font-semibold">{message}</p> : null}
      {message && items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.target}>
              <a href={`#${item.target}`} onClick={goToField} className="underline underline-offset-2 hover:text-red-700">
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/**
 * Without JavaScript the link scrolls to its field; with it, the field takes the focus with its label or
 * its group's question in view (a browser following the link would put the field itself at the top).
 */
function goToField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1)
  const field = document.getElementById(id)
  if (!field) return
  event.preventDefault()
  // A group of boxes shows from its question; a single field from its label.
  const heading = field.closest('fieldset') ?? document.querySelector(`label[for="${id}"]`) ?? field
  heading.scrollIntoView({ block: 'center' })
  field.focus({ preventScroll: true })
}
