'use client'

import { useSearchParams } from 'next/navigation'
import { useLocale } from 'next-intl'

import { Link, usePathname } from '@/lib/i18n/navigation'
import { LOCALES } from '@/lib/i18n/locales'

/** Links to the same page, with the same filters, in every other language. */
export function LocaleSwitcher({ label }: { label: string }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const current = useLocale()
  const query = Object.fromEntries(searchParams.entries())
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1 text-sm">
        {LOCALES.map(({ code, label: name }) => (
          <li key={code}>
            <Link
              href={{ pathname, query }}
              locale={code}
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
