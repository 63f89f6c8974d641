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
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:flex-wrap sm:px-6 sm:py-3">
        <a href={`/${locale}`} className="flex min-w-0 items-center gap-2 text-lg font-semibold tracking-tight text-sea-900">
          <span aria-hidden="true" className="inline-block h-6 w-6 shrink-0 rounded-full bg-gradient-to-br from-sea-500 to-sea-900" />
          {siteName}
        </a>
        {/*
          On a phone, search, the shortlist and languages fold behind one button: a <details>, so that it opens without
          JavaScript. On a wider screen they stand in the header, open (globals.css, `.site-tools`).
        */}
        <details className="site-tools">
          <summary className="site-tools-button">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
              <circle cx="8.5" cy="8.5" r="5.5" />
              <path d="m13 13 4.5 4.5" strokeLinecap="round" />
            </svg>
            {t('tools')}
          </summary>
          <div className="site-tools-panel">
            <HeaderSearchForm locale={locale} />
            <ShortlistLink href={`/${locale}/shortlist`} label={t('shortlist')} />
            <Suspense>
              <LocaleSwitcher label={t('language')} current={locale} notInLanguage={t('notInLanguage')} />
            </Suspense>
          </div>
        </details>
      </div>
      {/* On a phone the sections wrap to a second row: a menu scrolled sideways hides the last ones with no sign of them. */}
      <nav aria-label={t('primary')} className="mx-auto max-w-6xl px-2 sm:px-6">
        <ul className="flex flex-wrap gap-x-0.5 pb-1 text-sm whitespace-nowrap sm:gap-x-1 sm:pb-2">
          {SECTION_NAMES.map((section) => (
            <li key={section}>
              <a
                href={`/${locale}/${section}`}
                className="inline-block rounded-md px-2 py-1 font-medium text-ink hover:bg-sea-50 hover:text-sea-700 sm:px-3 sm:py-2"
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
