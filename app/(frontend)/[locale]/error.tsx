'use client'

import { useErrorTexts } from '@/components/ErrorTexts'

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const texts = useErrorTexts()
  return (
    <div className="mx-auto max-w-3xl px-4 py-24 sm:px-6">
      <h1 className="text-3xl font-bold text-sea-900">{texts.title}</h1>
      <p className="mt-4 text-ink-muted">{texts.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-md bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-900"
      >
        {texts.retry}
      </button>
    </div>
  )
}
