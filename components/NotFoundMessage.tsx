import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/locales'

/** The body of every 404 page, in the visitor's language. */
export async function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <div className="mx-auto max-w-3xl px-4 py-24 sm:px-6">
      <p className="text-sm font-semibold text-sea-600">404</p>
      <h1 className="mt-2 text-3xl font-bold text-sea-900">{t('title')}</h1>
      <p className="mt-4 text-ink-muted">{t('body')}</p>
      <a
        href={`/${locale}`}
        className="mt-8 inline-block rounded-md bg-sea-700 px-4 py-2 font-medium text-white hover:bg-sea-900"
      >
        {t('backHome')}
      </a>
    </div>
  )
}
