import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { findPreviewUser } from '@/lib/data/previewUser'
import { isPortalPath } from '@/lib/preview'

/**
 * The admin's live preview opens this route: for a signed-in staff member it turns on Next's draft mode
 * (the portal then shows the latest drafts, uncached) and goes to the page. Anyone else gets a 403.
 */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  if (!isPortalPath(path)) return Response.json({ error: 'path must be a portal page' }, { status: 400 })
  const user = await findPreviewUser()
  if (!user) return Response.json({ error: 'sign in to the admin to preview drafts' }, { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
