import { Suspense } from 'react'

import { Link } from '@/lib/i18n/navigation'
import { LocaleSwitcher } from './LocaleSwitcher'

type Props = { siteName: string; languageLabel: string }

export function SiteHeader({ siteName, languageLabel }: Props) {
  return (
    <header className="border-b border-line bg-paper/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-sea-900">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full bg-gradient-to-br from-sea-500 to-sea-900" />
          {siteName}
        </Link>
        <Suspense>
          <LocaleSwitcher label={languageLabel} />
        </Suspense>
      </div>
    </header>
  )
}
