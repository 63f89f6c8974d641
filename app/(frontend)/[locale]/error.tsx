'use client'

import { useTranslations } from 'next-intl'

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error')
  return (
    <div className="mx-auto max-w-3xl px-4 py-24 sm:px-6">
      <h1 className="text-3xl font-bold text-sea-900">{t('title')}</h1>
      <p className="mt-4 text-ink-muted">{t('body')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-md bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-900"
      >
        {t('retry')}
      </button>
    </div>
  )
}
