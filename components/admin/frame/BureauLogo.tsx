import type { ServerProps } from 'payload'

import { adminLocale } from '@/lib/i18n/label'
import { findBureauName } from '@/lib/seo/siteName'

/** The sign-in page's logo: the bureau's mark and name in the admin's language, where Payload shows its own. */
export async function BureauLogo({ i18n }: ServerProps) {
  const name = await findBureauName(adminLocale(i18n.language))
  return (
    <span data-testid="bureau-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: 12, fontSize: '1.4rem', fontWeight: 600 }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG: nothing for next/image to do */}
      <img src="/icon.svg" alt="" width={40} height={40} />
      {name}
    </span>
  )
}
