import { getLocale } from 'next-intl/server'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'

/** A page of a known route that found nothing to show (an unknown slug, say). */
export default async function LocaleNotFound() {
  const locale = await getLocale()
  return <NotFoundMessage locale={isLocale(locale) ? locale : DEFAULT_LOCALE} />
}
