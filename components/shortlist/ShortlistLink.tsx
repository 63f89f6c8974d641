'use client'

import { useSyncExternalStore } from 'react'

import { readServerShortlist, readShortlist, subscribeToShortlist } from '@/lib/shortlist/store'

/** The header's link to the shortlist, with how many items it holds once the page has read them. */
export function ShortlistLink({ href, label }: { href: string; label: string }) {
  const entries = useSyncExternalStore(subscribeToShortlist, readShortlist, readServerShortlist)
  return (
    <a href={href} className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-sea-50 hover:text-sea-700">
      {label}
      {entries && entries.length > 0 ? (
        <span className="min-w-5 rounded-full bg-sea-700 px-1.5 text-center text-xs leading-5 font-semibold text-white" data-shortlist-count>
          {entries.length}
        </span>
      ) : null}
    </a>
  )
}
