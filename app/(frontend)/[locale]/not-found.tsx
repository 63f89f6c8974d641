import { getLocale, getTranslations } from 'next-intl/server'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { findSiteName } from '@/lib/seo/siteName'

/**
 * A page of a known route that found nothing to show (an unknown slug, say). Its page's metadata never
 * ran to the end, so the title is set here (React puts a <title> in the head).
 */
export default async function LocaleNotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'notFound' }), findSiteName(locale)])
  return (
    <>
      <title>{`${t('title')} · ${siteName}`}</title>
      <NotFoundMessage locale={locale} />
    </>
  )
}
