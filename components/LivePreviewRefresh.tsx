'use client'

import { lazy, Suspense } from 'react'

/** Loaded only when rendered, in a draft preview: the pages' own JavaScript does not carry it. */
const RefreshOnSave = lazy(() => import('./LivePreviewRefreshOnSave'))

/** In the admin's live preview, re-renders the page each time the editor's draft is saved. */
export function LivePreviewRefresh({ serverURL }: { serverURL: string }) {
  return (
    <Suspense fallback={null}>
      <RefreshOnSave serverURL={serverURL} />
    </Suspense>
  )
}
