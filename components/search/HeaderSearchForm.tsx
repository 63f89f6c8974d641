import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/lib/i18n/locales'
import { MAX_QUERY_LENGTH } from '@/lib/search/query'

/** The site-wide search box: a plain GET form to the search page, so it works without JavaScript. */
export async function HeaderSearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'search' })
  return (
    <form role="search" method="get" action={`/${locale}/search`} className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('placeholder')}
        className="w-40 rounded-md border border-line bg-paper px-3 py-1.5 text-sm text-ink focus:border-sea-500 focus:outline-none sm:w-56"
      />
      <button type="submit" className="rounded-md bg-sea-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sea-900">
        {t('submit')}
      </button>
    </form>
  )
}
