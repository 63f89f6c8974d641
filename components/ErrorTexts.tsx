'use client'

import { createContext, type ReactNode, useContext } from 'react'

export type ErrorTexts = { title: string; body: string; retry: string }

const ErrorTextsContext = createContext<ErrorTexts | null>(null)

/**
 * The error page's words in the page's language, handed from the layout to the client error boundary.
 * A context of our own rather than next-intl's client provider, whose runtime (about 12 KB of
 * JavaScript) every page would otherwise download for three strings.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext)
  if (!texts) throw new Error('useErrorTexts must be used inside ErrorTextsProvider.')
  return texts
}
