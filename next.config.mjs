import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { compareRewrite } from './lib/compare/compareRoutes.mjs'
import { currencyRewrite } from './lib/currency/currencyRoutes.mjs'
import { listRewrites } from './lib/lists/listRoutes.mjs'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const CACHE_HANDLER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib/cache')

// Read when the server starts (`next start` loads this file again), so one build serves either way.
// With Redis, every instance shares cached pages and data and their revalidation, and keeps no private
// in-memory copy that could outlive a revalidation made elsewhere. Without it, Next's own file-system
// cache. Both keep no page that answered an error or a redirect (lib/cache/storable.mjs). The portal
// does not use 'use cache', so the `cacheHandlers` of that directive are not needed.
const cache = process.env.REDIS_URL
  ? { cacheHandler: path.join(CACHE_HANDLER_DIR, 'redis-cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : { cacheHandler: path.join(CACHE_HANDLER_DIR, 'file-cache-handler.mjs') }

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...cache,
  poweredByHeader: false,
  // Next hashes the whole HTML of a cached page in JavaScript on every request to make its ETag: 15 % of
  // the CPU of serving one. Without it a cached page serves 30–45 % more requests a second here. What is
  // lost is the 304 answer to a browser asking again for a page it already holds.
  generateEtags: false,
  // `npm run typecheck` (part of `npm test`) checks the types once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    globalNotFound: true,
    // Turbopack split the framework's own first-load code into one more file here than in an empty app
    // (this app's admin routes share parts of it): two small chunks, 3.7 and 8.2 KB gzip. Merging chunks
    // under 200 KB of source (Next's default 50 KB) makes them one, and every page 0.5 KB lighter
    // (`npm run bench -- --only js`); the chunks' total is the same, nothing is loaded twice.
    turbopackChunking: { minChunkSize: 200000 },
  },
  // Filtered lists, comparisons and detail pages in a chosen currency to their internal routes, without
  // running the proxy (lib/lists/listRoutes.mjs, lib/compare/compareRoutes.mjs, lib/currency/currencyRoutes.mjs).
  async rewrites() {
    return { beforeFiles: [...listRewrites(), compareRewrite(), currencyRewrite()], afterFiles: [], fallback: [] }
  },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // Fewer widths than Next's ten: every one is a URL in each image's srcset, in every page's HTML
    // (half the srcset bytes of a list page), and the uploads are at most 1920 px wide anyway.
    deviceSizes: [640, 828, 1200, 1920],
    imageSizes: [384],
  },
}

export default withPayload(withNextIntl(nextConfig))
