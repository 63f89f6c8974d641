import { sql } from '@payloadcms/db-postgres'

import { getPortalPayload } from '../payload'

/** True when PostgreSQL answers `select 1` within `timeoutMs`, connecting included. */
export function isDatabaseReachable(timeoutMs: number): Promise<boolean> {
  return settlesWithin(async () => {
    const payload = await getPortalPayload()
    await payload.db.drizzle.execute(sql`select 1`)
  }, timeoutMs)
}

/** True when `probe` resolves within `timeoutMs`; false when it rejects or is still running then. */
export async function settlesWithin(probe: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const answered = probe().then(
    () => true,
    () => false,
  )
  try {
    return await Promise.race([answered, timeout])
  } finally {
    clearTimeout(timer)
  }
}
