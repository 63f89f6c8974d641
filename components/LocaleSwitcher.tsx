'use client'

import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { type Locale, LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locales'

/** Remembers the visitor's choice for their next visit to `/` (a session cookie, as next-intl's middleware sets it). */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; SameSite=Lax`
}

/**
 * Links to the same page, with the same filters, in every other language. Plain Next links on purpose:
 * next-intl's client runtime would add about 12 KB of JavaScript to every page for what is a path prefix.
 */
export function LocaleSwitcher({ label, current }: { label: string; current: Locale }) {
  const [, , ...rest] = usePathname().split('/')
  const query = useSearchParams().toString()
  const pathAfterLocale = rest.length > 0 ? `/${rest.join('/')}` : ''
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {LOCALES.map(({ code, label: name }) => (
          <li key={code}>
            <Link
              href={`/${code}${pathAfterLocale}${query ? `?${query}` : ''}`}
              onClick={() => rememberLocale(code)}
              hrefLang={code}
              lang={code}
              aria-current={code === current ? 'true' : undefined}
              className="rounded-md px-2 py-1 text-ink-muted hover:bg-sea-50 hover:text-sea-700 aria-[current]:bg-sea-100 aria-[current]:font-semibold aria-[current]:text-sea-900"
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
