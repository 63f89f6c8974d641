'use client'

import { useSyncExternalStore } from 'react'

import { readServerShortlist, readShortlist, subscribeToShortlist, toggleShortlisted } from '@/lib/shortlist/store'

type Props = {
  itemKey: string
  title: string
  /** The language of the title, when it is not the page's. */
  titleLang?: string
  pageLang: string
  label: string
  /** Shown before the page is hydrated, or without JavaScript: a link to the item's comparison. */
  compareLabel: string
  compareHref: string
  className: string
}

/** Adds a document to the browser's shortlist or takes it off; without JavaScript, a link to compare it. */
export function ShortlistButton({ itemKey, title, titleLang, pageLang, label, compareLabel, compareHref, className }: Props) {
  const entries = useSyncExternalStore(subscribeToShortlist, readShortlist, readServerShortlist)
  const name = (
    <span className="sr-only">
      : <span lang={titleLang}>{title}</span>
    </span>
  )
  if (!entries) {
    return (
      <a href={compareHref} className={className}>
        {compareLabel}
        {name}
      </a>
    )
  }
  const isShortlisted = entries.some((entry) => entry.key === itemKey)
  return (
    <button type="button" aria-pressed={isShortlisted} onClick={() => toggleShortlisted({ key: itemKey, title, lang: titleLang ?? pageLang })} className={className}>
      <span aria-hidden="true">{isShortlisted ? '★' : '☆'}</span> {label}
      {name}
    </button>
  )
}
