'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Payload's listener for the admin's saves, which refreshes the route. A chunk of its own, loaded by
 * LivePreviewRefresh in draft mode only: in the layout's chunk it was 0.3 KB gzip on every page.
 */
export default function LivePreviewRefreshOnSave({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
