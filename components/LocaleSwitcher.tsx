'use client'

import { usePathname, useSearchParams } from 'next/navigation'

import { type Locale, LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locales'

/** Remembers the visitor's choice for their next visit to `/` (a session cookie, as next-intl's middleware sets it). */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; SameSite=Lax`
}

/**
 * Links to the same page, with the same filters, in every other language. Plain links on purpose: the
 * other language is a whole new page anyway, and next-intl's client runtime (about 12 KB) or next/link
 * (3.5 KB) would add JavaScript to every page for what is a path prefix.
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
            <a
              href={`/${code}${pathAfterLocale}${query ? `?${query}` : ''}`}
              onClick={() => rememberLocale(code)}
              hrefLang={code}
              lang={code}
              aria-current={code === current ? 'true' : undefined}
              className="rounded-md px-2 py-1 text-ink-muted hover:bg-sea-50 hover:text-sea-700 aria-[current]:bg-sea-100 aria-[current]:font-semibold aria-[current]:text-sea-900"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
