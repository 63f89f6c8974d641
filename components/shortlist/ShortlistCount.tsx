'use client'

import { useSyncExternalStore } from 'react'

import { readServerShortlist, readShortlist, subscribeToShortlist } from '@/lib/shortlist/store'

/** How many items the shortlist holds, beside the header's link; nothing while it holds none. */
export default function ShortlistCount() {
  const entries = useSyncExternalStore(subscribeToShortlist, readShortlist, readServerShortlist)
  if (!entries || entries.length === 0) return null
  return (
    <span className="min-w-5 rounded-full bg-sea-700 px-1.5 text-center text-xs leading-5 font-semibold text-white" data-shortlist-count>
      {entries.length}
    </span>
  )
}
