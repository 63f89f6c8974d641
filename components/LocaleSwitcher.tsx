'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { useSyncExternalStore } from 'react'

import { type Locale, LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locales'

/** Remembers the visitor's choice for their next visit to `/` (a session cookie, as next-intl's middleware sets it). */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; SameSite=Lax`
}

/**
 * The languages the page itself names in its hreflang links, space-separated, or nothing where it names
 * none (a private page, a not-found page): a document is published in each language on its own
 * (lib/seo/alternates.ts), and its page names only those.
 */
function publishedLanguages(): string {
  return Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]'), (link) => link.getAttribute('hreflang') ?? '').join(' ')
}

/** The page's head changes only when the page does, which renders the switcher again: nothing to listen to. */
const noSubscription = () => () => {}

/**
 * Links to the same page, with the same filters, in every other language. Plain links on purpose: the
 * other language is a whole new page anyway, and next-intl's client runtime (about 12 KB) or next/link
 * (3.5 KB) would add JavaScript to every page for what is a path prefix. A language the page is not
 * published in links to the section's list in that language instead of a page that is not there.
 */
export function LocaleSwitcher({ label, current, notInLanguage }: { label: string; current: Locale; notInLanguage: string }) {
  const [, , ...rest] = usePathname().split('/')
  const query = useSearchParams().toString()
  const pathAfterLocale = rest.length > 0 ? `/${rest.join('/')}` : ''
  // Every language on the server's render, which has no head to read (and on a page that names none).
  const published = useSyncExternalStore(noSubscription, publishedLanguages, () => '').split(' ')
  const isMissing = (code: Locale) => published.includes(current) && !published.includes(code)
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {LOCALES.map(({ code, label: name }) => (
          <li key={code}>
            <a
              href={isMissing(code) ? `/${code}/${rest[0] ?? ''}` : `/${code}${pathAfterLocale}${query ? `?${query}` : ''}`}
              title={isMissing(code) ? notInLanguage : undefined}
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
