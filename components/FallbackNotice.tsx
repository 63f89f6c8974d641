import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/locales'

/** Tells the reader that some of what follows is the Chinese original, not yet translated. */
export async function FallbackNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'fallback' })
  return (
    <p role="note" className="rounded-md border border-sea-200 bg-sea-50 px-4 py-3 text-sm text-sea-900">
      {t('notice')}
    </p>
  )
}
