'use client'

import { useSyncExternalStore } from 'react'

import { compareHref, MAX_COMPARED_ITEMS } from '@/lib/compare/compareRoutes.mjs'
import { readServerShortlist, readShortlist, removeFromShortlist, subscribeToShortlist } from '@/lib/shortlist/store'

type Texts = {
  needsScript: string
  emptyTitle: string
  emptyHint: string
  compare: string
  tooMany: string
  remove: string
}

type Props = { locale: string; texts: Texts; sectionLabels: Record<string, string> }

/** The shortlist this browser keeps, each item linking to its page, and the link that compares them. */
export function ShortlistItems({ locale, texts, sectionLabels }: Props) {
  const entries = useSyncExternalStore(subscribeToShortlist, readShortlist, readServerShortlist)
  if (!entries) return <p className="rounded-md border border-line bg-sand px-4 py-3 text-sm text-ink">{texts.needsScript}</p>
  // An item of a section no longer compared (or renamed) is left out rather than linking nowhere.
  const shown = entries.filter((entry) => entry.key.split(':')[0] in sectionLabels)
  if (shown.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-line p-10 text-center">
        <p className="font-medium text-ink">{texts.emptyTitle}</p>
        <p className="mt-2 text-sm text-ink-muted">{texts.emptyHint}</p>
      </div>
    )
  }
  const compared = shown.slice(0, MAX_COMPARED_ITEMS).map((entry) => entry.key)
  return (
    <div className="space-y-6">
      <ul className="divide-y divide-line rounded-xl border border-line bg-paper">
        {shown.map((entry) => {
          const [section, slug] = entry.key.split(':')
          return (
            <li key={entry.key} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="text-xs font-semibold tracking-wide text-sea-600 uppercase">{sectionLabels[section]}</p>
                <a href={`/${locale}/${section}/${slug}`} lang={entry.lang === locale ? undefined : entry.lang} className="font-semibold text-sea-900 hover:underline">
                  {entry.title}
                </a>
              </div>
              <button type="button" onClick={() => removeFromShortlist(entry.key)} className="rounded-md border border-line px-3 py-1.5 text-sm font-medium text-sea-700 hover:bg-sea-50">
                {texts.remove}
                <span className="sr-only">
                  : <span lang={entry.lang === locale ? undefined : entry.lang}>{entry.title}</span>
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {shown.length > MAX_COMPARED_ITEMS ? <p className="text-sm text-ink-muted">{texts.tooMany}</p> : null}
      <a
        href={compareHref(locale, compared)}
        className="inline-flex min-h-12 items-center justify-center rounded-full bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900"
      >
        {texts.compare}
      </a>
    </div>
  )
}
