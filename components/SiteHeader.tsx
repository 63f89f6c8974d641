import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { SECTION_NAMES } from '@/lib/sections'
import { LocaleSwitcher } from './LocaleSwitcher'
import { HeaderSearchForm } from './search/HeaderSearchForm'
import { ShortlistLink } from './shortlist/ShortlistLink'

type Props = { siteName: string; locale: Locale }

export async function SiteHeader({ siteName, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'nav' })
  return (
    <header className="border-b border-line bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <a href={`/${locale}`} className="flex items-center gap-2 text-lg font-semibold tracking-tight text-sea-900">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full bg-gradient-to-br from-sea-500 to-sea-900" />
          {siteName}
        </a>
        <div className="flex flex-wrap items-center gap-3">
          <HeaderSearchForm locale={locale} />
          <ShortlistLink href={`/${locale}/shortlist`} label={t('shortlist')} />
          <Suspense>
            <LocaleSwitcher label={t('language')} current={locale} />
          </Suspense>
        </div>
      </div>
      {/* On a phone the sections wrap to a second row: a menu scrolled sideways hides the last ones with no sign of them. */}
      <nav aria-label={t('primary')} className="mx-auto max-w-6xl px-4 sm:px-6">
        <ul className="flex flex-wrap gap-x-1 pb-2 text-sm whitespace-nowrap">
          {SECTION_NAMES.map((section) => (
            <li key={section}>
              <a
                href={`/${locale}/${section}`}
                className="inline-block rounded-md px-3 py-2 font-medium text-ink hover:bg-sea-50 hover:text-sea-700"
              >
                {t(section)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
