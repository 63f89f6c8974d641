'use client'

import { lazy, Suspense, useSyncExternalStore } from 'react'

import { readStored, STORED, subscribeToStored } from '@/lib/browser/stored'

/** Loaded only for a visitor who keeps a shortlist: the others' pages do not carry the shortlist's code for it. */
const ShortlistCount = lazy(() => import('./ShortlistCount'))

const subscribe = subscribeToStored(STORED.shortlist)
const keepsShortlist = () => (readStored(STORED.shortlist) ?? '[]') !== '[]'

/** The header's link to the shortlist, with how many items it holds once the page has read them. */
export function ShortlistLink({ href, label }: { href: string; label: string }) {
  const keeps = useSyncExternalStore(subscribe, keepsShortlist, () => false)
  return (
    <a href={href} className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-sea-50 hover:text-sea-700">
      {label}
      {keeps ? (
        <Suspense fallback={null}>
          <ShortlistCount />
        </Suspense>
      ) : null}
    </a>
  )
}
