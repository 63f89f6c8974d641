import { rmSync } from 'node:fs'

/**
 * Forgets the data and pages an earlier `next start` cached on disk (`unstable_cache` entries and
 * rendered pages). A reused build keeps them, and they describe that run's database, not the fresh one
 * a test or the bench is about to use.
 */
export function forgetCachedRenders(): void {
  for (const folder of ['.next/cache/fetch-cache', '.next/server/route-cache']) rmSync(folder, { recursive: true, force: true })
}
