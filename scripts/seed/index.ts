import type { Payload } from 'payload'

import { seedContent } from './content'
import { seedHome, seedSite } from './globals'

/**
 * Demo content from the district's 2023 report (`../shared/source-article.zh.txt`), in every locale.
 * Idempotent: what exists is left alone, what is missing is created and published.
 */
export async function seedDemoContent(payload: Payload): Promise<void> {
  await seedSite(payload)
  await seedContent(payload)
  await seedHome(payload)
  payload.logger.info('Demo content is in place.')
}
