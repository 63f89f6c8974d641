import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/seo/siteUrl'

// SERVER_URL is read when the server runs, not when it was built.
export const dynamic = 'force-dynamic'

/** Uploaded images are served under /api: crawlers and link previews may fetch those, nothing else there. */
const MEDIA_FILES = '/api/media/file/'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: ['/', MEDIA_FILES],
      disallow: ['/admin', '/api', '/*/partner'],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
